import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, type Schema } from '@/api/client';
import { unwrap } from '@/api/problem';

import { conversationsKey, type Message, sdrKey } from './queries';

export type Enrollment = Schema<'EnrollmentRead'>;
export type Answer = Schema<'ManualMessage'>;

const enrollmentKey = (enrollmentId: string) => [...sdrKey, 'enrollment', enrollmentId] as const;
const messagesKey = (enrollmentId: string) => [...sdrKey, 'messages', enrollmentId] as const;

/**
 * The lead's enrollment in a campaign: who they are and where the cadence stands, also for
 * a conversation that no loaded page of the inbox has (one a push opened).
 */
export function useEnrollment(enrollmentId: string) {
  return useQuery({
    queryKey: enrollmentKey(enrollmentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sdr/enrollments/{enrollment_id}', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
  });
}

/** A lead's conversation in a campaign: messages out and replies in, oldest first. */
export function useMessages(enrollmentId: string) {
  return useQuery({
    queryKey: messagesKey(enrollmentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sdr/enrollments/{enrollment_id}/messages', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
    select: (messages) => [...messages].sort((a, b) => a.created_at.localeCompare(b.created_at)),
  });
}

/**
 * A person's answer from the conversation, sent at once on the enrollment's channel. A
 * refusal (409) may mean the enrollment changed (finished, gone): it is read again either way.
 */
export function useSendAnswer(enrollmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Answer) =>
      unwrap(
        api.POST('/api/v1/sdr/enrollments/{enrollment_id}/messages', {
          params: { path: { enrollment_id: enrollmentId } },
          body,
        }),
      ),
    onSuccess: (sent) =>
      queryClient.setQueryData<Message[]>(messagesKey(enrollmentId), (messages) =>
        messages ? [...messages.filter((m) => m.id !== sent.id), sent] : [sent],
      ),
    onSettled: () =>
      Promise.all(
        [messagesKey(enrollmentId), enrollmentKey(enrollmentId), conversationsKey].map((key) =>
          queryClient.invalidateQueries({ queryKey: key }),
        ),
      ),
  });
}
