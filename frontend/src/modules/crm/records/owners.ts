/**
 * Who owns a record, by name where the user may see the member list (`admin:read`); else
 * "you" or "another member". The CRM has no member directory of its own (see the report).
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";

export interface Owner {
  id: string;
  name: string;
}

/** Members who can own CRM records, when the user may list members; else only the user. */
export function useOwners(): Owner[] {
  const user = useCurrentUser();
  const t = useT();
  const members = useQuery({
    queryKey: ["crm", "owners"] as const,
    enabled: can(user, "admin:read"),
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/admin/users", { params: { query: { active: true, limit: 200 } }, signal })),
    select: (page) => page.items.filter((m) => ["Admin", "Diretor", "Comercial"].includes(m.role)),
  });
  const me: Owner = { id: user.id, name: `${user.full_name} (${t.crm.records.owners.me})` };
  return [me, ...(members.data ?? []).filter((m) => m.user_id !== user.id).map((m) => ({ id: m.user_id, name: m.full_name }))];
}

/** A function naming an owner id for display. */
export function useOwnerName(): (ownerId: string | null | undefined) => string {
  const user = useCurrentUser();
  const t = useT();
  const owners = useOwners();
  return (ownerId) => {
    if (!ownerId) return t.crm.records.owners.none;
    if (ownerId === user.id) return t.crm.records.owners.me;
    return owners.find((owner) => owner.id === ownerId)?.name ?? t.crm.records.owners.other;
  };
}
