"use client";

import { useState, type FormEvent } from "react";

import type { Permission, Role } from "@/auth/permissions";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saoPauloDayBoundary } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { useCreateApiKey, useRoles, type CreatedApiKey } from "../queries";
import { RoleSelect } from "../role-select";

const FIELDS = ["name", "role", "scopes", "rate_limit_per_second", "expires_at"] as const;

interface CreateKeyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (key: CreatedApiKey) => void;
}

/** A new API key: name, role, scopes out of the role's permissions, limit, expiry. */
export function CreateKeyDialog({ open, onOpenChange, onCreated }: CreateKeyDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <CreateKeyForm onCancel={() => onOpenChange(false)} onCreated={onCreated} />}
    </Dialog>
  );
}

function CreateKeyForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (key: CreatedApiKey) => void }) {
  const t = useT();
  const labels = t.admin.apiKeys;
  const roles = useRoles();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role | "">("Agente_IA");
  const [scopes, setScopes] = useState<Permission[]>([]);
  const [rateLimit, setRateLimit] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const create = useCreateApiKey();
  const errors = formErrors(create.error, FIELDS, t);
  const permissions = roles.data?.find((info) => info.role === role)?.permissions ?? [];

  const pickRole = (next: Role | "") => {
    setRole(next);
    setScopes([]);
  };
  const toggle = (permission: Permission, on: boolean) =>
    setScopes((current) => (on ? [...current, permission] : current.filter((scope) => scope !== permission)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return;
    create.mutate(
      {
        name,
        role,
        scopes,
        rate_limit_per_second: rateLimit ? Number(rateLimit) : null,
        expires_at: expiresOn ? saoPauloDayBoundary(expiresOn, "end") : null,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.createTitle}</DialogTitle>
        <DialogDescription>{labels.subtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.name} error={errors.field("name")}>
          <Input required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label={labels.role} error={errors.field("role")}>
          <RoleSelect value={role} onChange={pickRole} required />
        </FormField>
        <fieldset className="grid gap-2" aria-describedby="scopes-hint">
          <legend className="text-sm font-medium">{labels.scopes}</legend>
          <p id="scopes-hint" className="text-xs text-muted-foreground">{labels.scopesHint}</p>
          <div className="grid max-h-48 grid-cols-1 gap-2 overflow-y-auto rounded-md border p-3 sm:grid-cols-2">
            {permissions.map((permission) => (
              <label key={permission} className="flex items-center gap-2 font-mono text-xs">
                <Checkbox checked={scopes.includes(permission)} onCheckedChange={(checked) => toggle(permission, checked === true)} />
                {permission}
              </label>
            ))}
          </div>
          {errors.field("scopes") && <p className="text-xs font-medium text-destructive">{errors.field("scopes")}</p>}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={labels.rateLimit} hint={labels.rateLimitHint} error={errors.field("rate_limit_per_second")}>
            <Input type="number" min={1} max={1000} inputMode="numeric" value={rateLimit} onChange={(e) => setRateLimit(e.target.value)} />
          </FormField>
          <FormField label={labels.expiresAt} hint={labels.expiresHint} error={errors.field("expires_at")}>
            <Input type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
          </FormField>
        </div>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onCancel}>
            {t.app.cancel}
          </Button>
          <Button type="submit" disabled={create.isPending || !role}>
            {t.app.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
