"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

import { API_URL, session } from "@/api/client";
import { useT } from "@/i18n/i18n-provider";

import { realtimeHandlers, type RealtimeContext } from "./handlers";
import { RealtimeClient } from "./realtime-client";

/** Keeps one /ws connection while mounted (inside a signed-in layout) and routes its events. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const t = useT();
  const router = useRouter();
  const context = useRef<RealtimeContext>({ queryClient, t, navigate: router.push });

  useEffect(() => {
    context.current = { queryClient, t, navigate: router.push };
  }, [queryClient, t, router]);

  useEffect(() => {
    const client = new RealtimeClient(API_URL, session, {
      onEvent: (event) => realtimeHandlers[event.name]?.(event.data, context.current),
      onResync: () => void queryClient.invalidateQueries(),
    });
    client.start();
    return () => client.stop();
  }, [queryClient]);

  return children;
}
