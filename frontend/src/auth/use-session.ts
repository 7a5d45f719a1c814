"use client";

import { useSyncExternalStore } from "react";

import { session } from "@/api/client";

import type { SessionState, SessionUser } from "./session";

const LOADING: SessionState = { status: "loading" };

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, () => LOADING);
}

/** The signed-in user; only inside a RequireSession (which renders nothing until there is one). */
export function useCurrentUser(): SessionUser {
  const state = useSession();
  if (state.status !== "authenticated") throw new Error("useCurrentUser outside RequireSession");
  return state.user;
}
