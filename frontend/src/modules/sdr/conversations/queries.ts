/** Query hooks over the SDR's conversations: the replies inbox, one enrollment and its messages, a person's reply. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type Conversation = Schemas["Conversation"];
export type Message = Schemas["MessageRead"];
type Enrollment = Schemas["EnrollmentRead"];

export const CLASSIFICATIONS = ["interested", "objection", "not_now", "unsubscribe", "out_of_office", "other"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function useConversations(classification: Classification | null) {
  return useInfiniteQuery(
    cursorQuery(sdrKeys.conversationList(classification), (cursor, signal) =>
      unwrap(api.GET("/api/v1/sdr/conversations", { params: { query: { classification, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

/** The lead, its state and whether it was accepted: a conversation's header. */
export function useEnrollment(enrollmentId: string) {
  return useQuery({
    queryKey: sdrKeys.enrollment(enrollmentId),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/enrollments/{enrollment_id}", { params: { path: { enrollment_id: enrollmentId } }, signal })),
  });
}

/** The channel a person's answer goes out on, as the API picks it: the one the lead last wrote on, else the last one used, else WhatsApp if there is a phone. */
export function replyChannel(messages: readonly Message[], enrollment: Pick<Enrollment, "phone">): string {
  const latest = messages.findLast((message) => message.direction === "in") ?? messages.at(-1);
  return latest?.channel ?? (enrollment.phone ? "whatsapp" : "email");
}

/** The messages out and in, oldest first. */
export function useMessages(enrollmentId: string) {
  return useQuery({
    queryKey: sdrKeys.messages(enrollmentId),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/sdr/enrollments/{enrollment_id}/messages", { params: { path: { enrollment_id: enrollmentId } }, signal })),
  });
}

export function useSendReply(enrollmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; subject?: string | null }) =>
      unwrap(api.POST("/api/v1/sdr/enrollments/{enrollment_id}/messages", { params: { path: { enrollment_id: enrollmentId } }, body })),
    onSuccess: (message) => {
      queryClient.setQueryData<Message[]>(sdrKeys.messages(enrollmentId), (list) => list && [...list.filter((m) => m.id !== message.id), message]);
      void queryClient.invalidateQueries({ queryKey: sdrKeys.conversations });
      return queryClient.invalidateQueries({ queryKey: sdrKeys.messages(enrollmentId) });
    },
  });
}
