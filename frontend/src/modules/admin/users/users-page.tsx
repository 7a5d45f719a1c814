"use client";

import { PencilIcon, UserPlusIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { can, type Role } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useDebounced } from "@/lib/use-debounced";
import { useNewParam } from "@/lib/use-new-param";

import { useUsers, type Member, type UserFilters } from "../queries";
import { RoleSelect } from "../role-select";
import { RolesOverview } from "./roles-overview";
import { UserDialog } from "./user-dialog";

type ActiveFilter = "" | "true" | "false";

export function UsersPage() {
  const t = useT();
  const labels = t.admin.users;
  const writable = can(useCurrentUser(), "admin:write");
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [active, setActive] = useState<ActiveFilter>("");
  const q = useDebounced(search.trim());
  const filters: UserFilters = { q: q || undefined, role: role || undefined, active: active === "" ? undefined : active === "true" };
  const users = useUsers(filters);
  const [creating, setCreating] = useNewParam();
  const [editing, setEditing] = useState<Member | null>(null);
  const members = pageItems(users.data);

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Button onClick={() => setCreating(true)}>
            <UserPlusIcon aria-hidden />
            {labels.create}
          </Button>
        )}
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-[1fr_12rem_10rem]">
        <FormField label={labels.search}>
          <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </FormField>
        <FormField label={labels.roleFilter}>
          <RoleSelect value={role} onChange={setRole} emptyLabel={t.app.all} />
        </FormField>
        <FormField label={labels.activeFilter}>
          <NativeSelect value={active} onChange={(e) => setActive(e.target.value as ActiveFilter)}>
            <option value="">{t.app.all}</option>
            <option value="true">{labels.active}</option>
            <option value="false">{labels.inactive}</option>
          </NativeSelect>
        </FormField>
      </div>
      <QueryTable
        query={users}
        empty={labels.empty}
        isEmpty={members.length === 0}
        headers={[
          labels.name,
          labels.role,
          labels.clientCompany,
          labels.status,
          labels.lastLogin,
          writable ? <span className="sr-only">{labels.edit}</span> : null,
        ]}
      >
        {members.map((member) => (
          <TableRow key={member.user_id}>
            <TableCell>
              <div className="font-medium">{member.full_name}</div>
              <div className="text-xs text-muted-foreground">{member.email}</div>
            </TableCell>
            <TableCell>{t.roles[member.role]}</TableCell>
            <TableCell className="font-mono text-xs">{member.client_company_id ?? t.app.none}</TableCell>
            <TableCell>
              <Badge tone={member.is_active ? "success" : "neutral"}>{member.is_active ? labels.active : labels.inactive}</Badge>
            </TableCell>
            <TableCell className="whitespace-nowrap">{member.last_login_at ? formatDateTime(member.last_login_at) : labels.never}</TableCell>
            {writable && (
              <TableCell className="text-right">
                <Button variant="ghost" size="sm" onClick={() => setEditing(member)} aria-label={labels.editTitle(member.full_name)}>
                  <PencilIcon aria-hidden />
                  {labels.edit}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...users} />
      <RolesOverview />
      <UserDialog member={null} open={creating} onOpenChange={setCreating} />
      <UserDialog member={editing} open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} />
    </>
  );
}
