/** Query hooks over the hunter's company directory: the uploaded lists, an upload, a deletion. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type DirectoryList = Schemas["DirectoryList"];
export type DirectoryUpload = Schemas["DirectoryUpload"];

export const directoryKeys = { lists: ["hunter", "directory"] as const };

export function useDirectoryLists() {
  return useQuery({
    queryKey: directoryKeys.lists,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/hunter/directory", { signal })),
  });
}

/** A CSV as a named list (a list of that name is replaced). */
export function useUploadDirectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, listName }: { file: File; listName: string }) => {
      const form = new FormData();
      form.append("list_name", listName);
      form.append("file", file, file.name);
      return unwrap(api.POST("/api/v1/hunter/directory", {
        // the generated type says string (OpenAPI's binary); the body is the form itself
        body: form as unknown as Schemas["Body_hunter_upload_directory"],
        bodySerializer: (body) => body as unknown as FormData,
      }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.lists }),
  });
}

export function useDeleteDirectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listName: string) =>
      unwrap(api.DELETE("/api/v1/hunter/directory/{list_name}", { params: { path: { list_name: listName } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.lists }),
  });
}
