/** Query hooks of the timelines of deals, companies and contacts, and the activities on them. */
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { crmKeys, type TimelineSubject } from "../keys";

type Schemas = components["schemas"];
export type TimelineEntry = Schemas["TimelineEntry"];
export type Activity = Schemas["ActivityRead"];
export type ActivityKind = Schemas["ActivityKind"];
export type ActivityInput = Schemas["ActivityCreate"];

function fetchTimeline({ type, id }: TimelineSubject, cursor: string | undefined, signal: AbortSignal) {
  const query = { cursor, limit: PAGE_SIZE };
  switch (type) {
    case "deal":
      return unwrap(api.GET("/api/v1/crm/deals/{deal_id}/timeline", { params: { path: { deal_id: id }, query }, signal }));
    case "company":
      return unwrap(api.GET("/api/v1/crm/companies/{company_id}/timeline", { params: { path: { company_id: id }, query }, signal }));
    case "contact":
      return unwrap(api.GET("/api/v1/crm/contacts/{contact_id}/timeline", { params: { path: { contact_id: id }, query }, signal }));
  }
}

/** The record's history, newest first: its activities and what happened to it, in cursor pages. */
export function useTimeline(subject: TimelineSubject) {
  return useInfiniteQuery(cursorQuery(crmKeys.timeline(subject), (cursor, signal) => fetchTimeline(subject, cursor, signal)));
}

/** The activity's link to what it is about: `{deal_id}`, `{company_id}` or `{contact_id}`. */
export function linkTo({ type, id }: TimelineSubject): Pick<ActivityInput, "deal_id" | "company_id" | "contact_id"> {
  return { [`${type}_id`]: id };
}

/** Logs a note, call, meeting or task; every timeline it may show on is refreshed. */
export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityInput) => unwrap(api.POST("/api/v1/crm/activities", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.timelines }),
  });
}

/** Marks a task done (or open again). */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) =>
      unwrap(api.PATCH("/api/v1/crm/activities/{activity_id}", { params: { path: { activity_id: id } }, body: { done } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.timelines }),
  });
}
