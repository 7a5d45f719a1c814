import type { QueryClient } from "@tanstack/react-query";

import type { Dictionary } from "@/i18n/dictionary";
import { agentRealtimeHandlers } from "@/modules/agents/realtime";
import { crmRealtimeHandlers } from "@/modules/crm/realtime";
import { hunterRealtimeHandlers } from "@/modules/hunter/realtime";
import { notificationRealtimeHandlers } from "@/modules/notifications/realtime";
import { sdrRealtimeHandlers } from "@/modules/sdr/realtime";

export interface RealtimeContext {
  queryClient: QueryClient;
  t: Dictionary;
  navigate: (href: string) => void;
}

/** What to do with one event's data; modules export a map of these by event name. */
export type RealtimeHandler = (data: Record<string, unknown>, context: RealtimeContext) => void;
export type RealtimeHandlers = Record<string, RealtimeHandler>;

/** The modules' maps as one: an event several modules listen to runs each of their handlers, in order. */
export function combineHandlers(...maps: RealtimeHandlers[]): RealtimeHandlers {
  const combined: Record<string, RealtimeHandler[]> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) (combined[name] ??= []).push(handler);
  }
  return Object.fromEntries(
    Object.entries(combined).map(([name, handlers]) => [name, (data, context) => handlers.forEach((handler) => handler(data, context))]),
  );
}

/** Every module's handlers, by the backend's event name. */
export const realtimeHandlers: RealtimeHandlers = combineHandlers(
  notificationRealtimeHandlers,
  agentRealtimeHandlers,
  crmRealtimeHandlers,
  hunterRealtimeHandlers,
  sdrRealtimeHandlers,
);
