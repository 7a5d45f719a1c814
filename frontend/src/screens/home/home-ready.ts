/** Name of the performance mark set when the home page's main content is on screen. */
export const HOME_READY_MARK = "somos:home-ready";

/** Marks (once per page load) the moment the home page shows its content, for RUM and tests. */
export function markHomeReady(): void {
  if (performance.getEntriesByName(HOME_READY_MARK).length === 0) performance.mark(HOME_READY_MARK);
}
