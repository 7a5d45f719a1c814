/** Query hooks over the SDR's cadences: the list, one cadence, a new one, archiving. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type Cadence = Schemas["CadenceRead"];
export type CadenceCreate = Schemas["CadenceCreate"];
export type CadenceStep = Schemas["CadenceStep"];
export type StepKind = Schemas["StepKind"];

/** The organization's cadences (not archived), by name. */
export function useCadences() {
  return useQuery({
    queryKey: sdrKeys.cadences,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/cadences", { signal })),
  });
}

export function useCadence(id: string | null | undefined) {
  const queryClient = useQueryClient();
  return useQuery<Cadence>({
    queryKey: sdrKeys.cadence(id ?? ""),
    enabled: Boolean(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/cadences/{cadence_id}", { params: { path: { cadence_id: id! } }, signal })),
    // the list already has it
    placeholderData: () => queryClient.getQueryData<Cadence[]>(sdrKeys.cadences)?.find((cadence) => cadence.id === id),
  });
}

export function useCreateCadence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CadenceCreate) => unwrap(api.POST("/api/v1/sdr/cadences", { body })),
    onSuccess: (cadence) => {
      queryClient.setQueryData(sdrKeys.cadence(cadence.id), cadence);
      return queryClient.invalidateQueries({ queryKey: sdrKeys.cadences, exact: true });
    },
  });
}

/** Archives: campaigns already running keep it; it leaves the list and new campaigns cannot pick it. */
export function useArchiveCadence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/sdr/cadences/{cadence_id}", { params: { path: { cadence_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.setQueryData<Cadence[]>(sdrKeys.cadences, (list) => list?.filter((cadence) => cadence.id !== id));
      return queryClient.invalidateQueries({ queryKey: sdrKeys.cadences });
    },
  });
}
