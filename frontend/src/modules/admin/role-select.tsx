"use client";

import type { ComponentProps } from "react";

import type { Role } from "@/auth/permissions";
import { NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { useRoles } from "./queries";

type RoleSelectProps = Omit<ComponentProps<typeof NativeSelect>, "onChange" | "value"> & {
  value: Role | "";
  onChange: (role: Role | "") => void;
  /** Label of an empty first option ("all roles" in filters); none: a role must be picked. */
  emptyLabel?: string;
};

/** The roles the backend defines (GET /admin/roles), by their localized names. */
export function RoleSelect({ value, onChange, emptyLabel, ...props }: RoleSelectProps) {
  const t = useT();
  const roles = useRoles();
  return (
    <NativeSelect value={value} onChange={(event) => onChange(event.target.value as Role | "")} {...props}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {(roles.data ?? []).map(({ role }) => (
        <option key={role} value={role}>
          {t.roles[role]}
        </option>
      ))}
    </NativeSelect>
  );
}
