/** Query hooks over the backend's auth routes that are not the session itself (that is src/auth/). */
import { useMutation } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type ProfileUpdate = components["schemas"]["ProfileUpdate"];

/** The signed-in user's own name or interface language (PATCH /auth/me), kept for every device. */
export function useUpdateProfile() {
  return useMutation({ mutationFn: (body: ProfileUpdate) => unwrap(api.PATCH("/api/v1/auth/me", { body })) });
}
