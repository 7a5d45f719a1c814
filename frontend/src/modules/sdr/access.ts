import { can } from "@/auth/permissions";
import type { SessionUser } from "@/auth/session";

/**
 * Who may build cadences, start and pause campaigns, approve first messages, reply, accept
 * leads, complete tasks and edit the suppression list: `sdr:write` (Admin, Diretor). A
 * Comercial reads (their own campaigns); Cliente and Campo have no SDR at all.
 */
export function canWriteSdr(user: SessionUser): boolean {
  return can(user, "sdr:write");
}
