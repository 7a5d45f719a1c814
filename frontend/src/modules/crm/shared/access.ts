import { can, type Role } from "@/auth/permissions";
import type { SessionUser } from "@/auth/session";

/**
 * Roles whose CRM is limited to the records they own (the backend's OWNER_SCOPED in
 * identity/roles.py): they see only their records, and may not give records to others.
 */
const OWNER_SCOPED: ReadonlySet<Role> = new Set<Role>(["Comercial"]);

/** Roles that may change pipelines and stages (the backend's CONFIGURE access). */
const CONFIGURERS: ReadonlySet<Role> = new Set<Role>(["Admin", "Diretor"]);

export function isOwnerScoped(user: SessionUser): boolean {
  return OWNER_SCOPED.has(user.role);
}

export function canWriteCrm(user: SessionUser): boolean {
  return can(user, "crm:write");
}

export function canConfigurePipelines(user: SessionUser): boolean {
  return can(user, "crm:write") && CONFIGURERS.has(user.role);
}
