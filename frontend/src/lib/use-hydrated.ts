import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** False in the server's HTML, true once React runs the page (forms submit only then). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
