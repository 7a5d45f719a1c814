"use client";

import { useCallback } from "react";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";

import { useOwners } from "./lookup-queries";

/**
 * Who owns a deal, as a name: "you" for the signed-in user; other names only for those who may
 * read the member list (admin:read), since no CRM endpoint names the owners.
 */
export function useOwnerNames(): (ownerId: string | null) => string | undefined {
  const user = useCurrentUser();
  const t = useT();
  const owners = useOwners(can(user, "admin:read"));
  const members = owners.data;
  return useCallback(
    (ownerId: string | null) => {
      if (!ownerId) return undefined;
      if (ownerId === user.id) return t.crm.deals.you;
      return members?.find((member) => member.user_id === ownerId)?.full_name;
    },
    [members, t, user.id],
  );
}
