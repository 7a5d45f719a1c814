import { can } from "@/auth/permissions";
import type { SessionUser } from "@/auth/session";

/** Who may define ICPs, start searches, upload lists and review leads (Admin, Diretor). */
export function canWriteHunter(user: SessionUser): boolean {
  return can(user, "hunter:write");
}

/** Whether the user may read a search's agent run (its live counters): `agents:read`. */
export function canFollowRuns(user: SessionUser): boolean {
  return can(user, "agents:read");
}
