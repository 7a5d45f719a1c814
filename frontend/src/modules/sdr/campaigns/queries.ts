/**
 * Query hooks over the SDR's campaigns: the list (with funnel numbers), one campaign with its
 * enrollments, its metrics per step, a new campaign, pausing and resuming (the campaign or one
 * enrollment) and accepting a lead into the CRM.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type Campaign = Schemas["CampaignRead"];
export type CampaignDetail = Schemas["CampaignDetail"];
export type CampaignCreate = Schemas["CampaignCreate"];
export type Enrollment = Schemas["EnrollmentRead"];
export type Funnel = Schemas["Funnel"];
export type CampaignMetrics = Schemas["CampaignMetrics"];
export type StepFunnel = Schemas["StepFunnel"];
export type Acceptance = Schemas["Acceptance"];

export function useCampaigns() {
  return useInfiniteQuery(
    cursorQuery(sdrKeys.campaignList, (cursor, signal) =>
      unwrap(api.GET("/api/v1/sdr/campaigns", { params: { query: { cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: sdrKeys.campaign(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/campaigns/{campaign_id}", { params: { path: { campaign_id: id } }, signal })),
  });
}

export function useCampaignMetrics(id: string) {
  return useQuery({
    queryKey: sdrKeys.metrics(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/campaigns/{campaign_id}/metrics", { params: { path: { campaign_id: id } }, signal })),
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreate) => unwrap(api.POST("/api/v1/sdr/campaigns", { body })),
    onSuccess: (campaign) => {
      queryClient.setQueryData(sdrKeys.campaign(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: sdrKeys.campaignList });
    },
  });
}

export type Transition = "pause" | "resume";

/** Pauses or resumes a whole campaign (its enrollments follow). */
export function useCampaignTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: Transition) =>
      transition === "pause"
        ? unwrap(api.POST("/api/v1/sdr/campaigns/{campaign_id}/pause", { params: { path: { campaign_id: id } } }))
        : unwrap(api.POST("/api/v1/sdr/campaigns/{campaign_id}/resume", { params: { path: { campaign_id: id } } })),
    onSuccess: (campaign) => {
      queryClient.setQueryData<CampaignDetail>(sdrKeys.campaign(id), (detail) => detail && { ...detail, ...campaign });
      return queryClient.invalidateQueries({ queryKey: sdrKeys.campaigns });
    },
  });
}

/** An enrollment's new state, in its own cache and its campaign's. */
export function receiveEnrollment(queryClient: QueryClient, enrollment: Enrollment): void {
  queryClient.setQueryData(sdrKeys.enrollment(enrollment.id), enrollment);
  queryClient.setQueryData<CampaignDetail>(sdrKeys.campaign(enrollment.campaign_id), (detail) =>
    detail && { ...detail, enrollments: detail.enrollments.map((item) => (item.id === enrollment.id ? enrollment : item)) },
  );
}

/** Pauses or resumes one lead's cadence. */
export function useEnrollmentTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, transition }: { id: string; transition: Transition }) =>
      transition === "pause"
        ? unwrap(api.POST("/api/v1/sdr/enrollments/{enrollment_id}/pause", { params: { path: { enrollment_id: id } } }))
        : unwrap(api.POST("/api/v1/sdr/enrollments/{enrollment_id}/resume", { params: { path: { enrollment_id: id } } })),
    onSuccess: (enrollment) => {
      receiveEnrollment(queryClient, enrollment);
      return queryClient.invalidateQueries({ queryKey: sdrKeys.metrics(enrollment.campaign_id) });
    },
  });
}

/** The lead wants to go on: the CRM makes its company, contact and deal (once), a moment later. */
export function useAcceptLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ leadId, body }: { leadId: string; body: Acceptance }) =>
      unwrap(api.POST("/api/v1/sdr/leads/{lead_id}/accept", { params: { path: { lead_id: leadId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sdrKeys.conversations });
      void queryClient.invalidateQueries({ queryKey: sdrKeys.enrollments });
      return queryClient.invalidateQueries({ queryKey: sdrKeys.campaigns });
    },
  });
}
