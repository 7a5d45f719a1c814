"use client";

/** Who owns CRM records, by name, for everyone with CRM access (`GET /crm/owners`). */
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";
import { useCurrentUser } from "@/auth/use-session";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { isOwnerScoped } from "./access";
import { crmKeys } from "./keys";

export type Colleague = components["schemas"]["Colleague"];

export interface OwnerChoice {
  id: string;
  name: string;
}

/** The active members who can own records (Admin, Diretor, Comercial). */
export function useOwners() {
  return useQuery({
    queryKey: crmKeys.owners,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/owners", { signal })),
    staleTime: 10 * 60_000,
  });
}

/**
 * An owner id as a name: "you" for the signed-in user, a colleague's name, "another member"
 * for someone no longer listed; undefined for no owner (or while the names load).
 */
export function useOwnerName(): (ownerId: string | null | undefined) => string | undefined {
  const user = useCurrentUser();
  const labels = useT().crm.shared.owners;
  const owners = useOwners().data;
  return useCallback(
    (ownerId) => {
      if (!ownerId) return undefined;
      if (ownerId === user.id) return labels.you;
      if (!owners) return undefined;
      return owners.find((owner) => owner.user_id === ownerId)?.full_name ?? labels.other;
    },
    [labels, owners, user.id],
  );
}

/**
 * Whom the user may give a record to: themselves first, then every colleague who can own
 * records; an owner-scoped user (Comercial) only themselves (the backend refuses the others).
 */
export function useOwnerChoices(): OwnerChoice[] {
  const user = useCurrentUser();
  const labels = useT().crm.shared.owners;
  const owners = useOwners().data ?? [];
  const me = { id: user.id, name: labels.you };
  if (isOwnerScoped(user)) return [me];
  return [me, ...owners.filter((owner) => owner.user_id !== user.id).map((owner) => ({ id: owner.user_id, name: owner.full_name }))];
}

interface OwnerSelectProps {
  value: string | null;
  onChange: (ownerId: string | null) => void;
  error?: string;
  disabled?: boolean;
}

/** Who owns the record, for users who may give records to others (nothing to choose otherwise). */
export function OwnerSelect({ value, onChange, error, disabled }: OwnerSelectProps) {
  const labels = useT().crm.shared.owners;
  const choices = useOwnerChoices();
  const ownerName = useOwnerName();
  if (choices.length < 2 && !error) return null;
  const unlisted = value !== null && !choices.some((choice) => choice.id === value);
  return (
    <FormField label={labels.owner} error={error}>
      <NativeSelect disabled={disabled} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        {value === null && <option value="">{labels.none}</option>}
        {unlisted && <option value={value}>{ownerName(value) ?? labels.other}</option>}
        {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
      </NativeSelect>
    </FormField>
  );
}
