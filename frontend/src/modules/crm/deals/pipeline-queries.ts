/** Query hooks over the CRM's pipelines and their stages (the board's columns). */
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import type { Pipeline } from "./board-cache";
import { crmKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type PipelineCreate = Schemas["PipelineCreate"];
export type PipelineUpdate = Schemas["PipelineUpdate"];
export type StageCreate = Schemas["StageCreate"];
export type StageUpdate = Schemas["StageUpdate"];

/** The default pipeline first, then the others in their order. */
export function sortPipelines(pipelines: Pipeline[]): Pipeline[] {
  return [...pipelines].sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.position - b.position);
}

export function usePipelines() {
  return useQuery({
    queryKey: crmKeys.pipelines,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/pipelines", { signal })),
    select: sortPipelines,
  });
}

/** Pipelines and every board drawn from them. */
function refresh(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: crmKeys.pipelines }),
    queryClient.invalidateQueries({ queryKey: crmKeys.boards }),
  ]);
}

export function useCreatePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PipelineCreate) => unwrap(api.POST("/api/v1/crm/pipelines", { body })),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUpdatePipeline(pipelineId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PipelineUpdate) =>
      unwrap(api.PATCH("/api/v1/crm/pipelines/{pipeline_id}", { params: { path: { pipeline_id: pipelineId } }, body })),
    onSuccess: () => refresh(queryClient),
  });
}

export function useDeletePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pipelineId: string) =>
      unwrap(api.DELETE("/api/v1/crm/pipelines/{pipeline_id}", { params: { path: { pipeline_id: pipelineId } } })),
    onSuccess: () => refresh(queryClient),
  });
}

export function useCreateStage(pipelineId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StageCreate) =>
      unwrap(api.POST("/api/v1/crm/pipelines/{pipeline_id}/stages", { params: { path: { pipeline_id: pipelineId } }, body })),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUpdateStage(stageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StageUpdate) =>
      unwrap(api.PATCH("/api/v1/crm/stages/{stage_id}", { params: { path: { stage_id: stageId } }, body })),
    onSuccess: () => refresh(queryClient),
  });
}

export function useDeleteStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stageId: string) => unwrap(api.DELETE("/api/v1/crm/stages/{stage_id}", { params: { path: { stage_id: stageId } } })),
    onSuccess: () => refresh(queryClient),
  });
}

/** Puts the stages in this order; shown at once, undone if the backend refuses. */
export function useReorderStages(pipelineId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stageIds: string[]) =>
      unwrap(api.PUT("/api/v1/crm/pipelines/{pipeline_id}/stage-order", {
        params: { path: { pipeline_id: pipelineId } },
        body: { stage_ids: stageIds },
      })),
    onMutate: async (stageIds) => {
      await queryClient.cancelQueries({ queryKey: crmKeys.pipelines });
      const previous = queryClient.getQueryData<Pipeline[]>(crmKeys.pipelines);
      queryClient.setQueryData<Pipeline[]>(crmKeys.pipelines, (pipelines) =>
        pipelines?.map((pipeline) => {
          if (pipeline.id !== pipelineId) return pipeline;
          const byId = new Map(pipeline.stages.map((stage) => [stage.id, stage]));
          const stages = stageIds.map((id, position) => ({ ...byId.get(id)!, position }));
          return { ...pipeline, stages };
        }),
      );
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(crmKeys.pipelines, context.previous);
    },
    onSettled: () => refresh(queryClient),
  });
}
