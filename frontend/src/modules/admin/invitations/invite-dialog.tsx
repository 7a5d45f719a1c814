"use client";

import { useState, type FormEvent } from "react";

import type { Role } from "@/auth/permissions";
import { CopyField } from "@/components/copy-field";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { useCreateInvitation } from "../queries";
import { RoleSelect } from "../role-select";

const FIELDS = ["email", "full_name", "role", "client_company_id"] as const;

interface InviteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Invite someone; the one-time link is shown right after, once, to copy. */
export function InviteDialog({ open, onOpenChange }: InviteDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <InviteForm onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const labels = t.admin.invitations;
  const [email, setEmail] = useState("");
  const [fullName, setFullName] = useState("");
  const [role, setRole] = useState<Role | "">("Cliente");
  const [clientCompanyId, setClientCompanyId] = useState("");
  const create = useCreateInvitation();
  const errors = formErrors(create.error, FIELDS, t);
  const isClient = role === "Cliente";

  if (create.data) {
    return (
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{labels.linkTitle}</DialogTitle>
          <DialogDescription>{labels.linkBody}</DialogDescription>
        </DialogHeader>
        <CopyField label={create.data.email} value={create.data.invite_url} />
        <DialogFooter>
          <Button onClick={onDone}>{t.app.close}</Button>
        </DialogFooter>
      </DialogContent>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return;
    create.mutate({ email, full_name: fullName, role, client_company_id: isClient ? clientCompanyId.trim() || null : null });
  };

  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.createTitle}</DialogTitle>
        <DialogDescription>{labels.subtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.email} error={errors.field("email")}>
          <Input type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <FormField label={labels.name} error={errors.field("full_name")}>
          <Input required autoComplete="off" value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </FormField>
        <FormField label={labels.role} error={errors.field("role")}>
          <RoleSelect value={role} onChange={setRole} required />
        </FormField>
        {isClient && (
          <FormField label={labels.clientCompany} hint={t.admin.users.clientCompanyHint} error={errors.field("client_company_id")}>
            <Input required className="font-mono" value={clientCompanyId} onChange={(e) => setClientCompanyId(e.target.value)} />
          </FormField>
        )}
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>
            {t.app.cancel}
          </Button>
          <Button type="submit" disabled={create.isPending || !role}>
            {labels.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
