"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import type { Role } from "@/auth/permissions";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { useCreateUser, useUpdateUser, type Member } from "../queries";
import { RoleSelect } from "../role-select";

const FIELDS = ["full_name", "email", "password", "role", "client_company_id", "is_active"] as const;

interface UserDialogProps {
  /** The user to edit; none: create one. */
  member: Member | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Create a user, or change one's name, role, client company and whether the account is active. */
export function UserDialog({ member, open, onOpenChange }: UserDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <UserForm key={member?.user_id ?? "new"} member={member} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function UserForm({ member, onDone }: { member: Member | null; onDone: () => void }) {
  const t = useT();
  const labels = t.admin.users;
  const [fullName, setFullName] = useState(member?.full_name ?? "");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role | "">(member?.role ?? "Comercial");
  const [clientCompanyId, setClientCompanyId] = useState(member?.client_company_id ?? "");
  const [isActive, setIsActive] = useState(member?.is_active ?? true);
  const create = useCreateUser();
  const update = useUpdateUser(member?.user_id ?? "");
  const mutation = member ? update : create;
  const errors = formErrors(mutation.error, FIELDS, t);
  const isClient = role === "Cliente";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return;
    const client_company_id = isClient ? clientCompanyId.trim() || null : null;
    const done = { onSuccess: () => { toast.success(member ? labels.updated : labels.created); onDone(); } };
    if (member) update.mutate({ full_name: fullName, role, client_company_id, is_active: isActive }, done);
    else create.mutate({ full_name: fullName, email, password, role, client_company_id }, done);
  };

  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{member ? labels.editTitle(member.full_name) : labels.create}</DialogTitle>
        <DialogDescription>{member ? member.email : labels.subtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.name} error={errors.field("full_name")}>
          <Input required autoComplete="off" value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </FormField>
        {!member && (
          <>
            <FormField label={labels.email} error={errors.field("email")}>
              <Input type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
            </FormField>
            <FormField label={labels.password} error={errors.field("password")}>
              <Input type="password" required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </FormField>
          </>
        )}
        <FormField label={labels.role} error={errors.field("role")}>
          <RoleSelect value={role} onChange={setRole} required />
        </FormField>
        {isClient && (
          <FormField label={labels.clientCompany} hint={labels.clientCompanyHint} error={errors.field("client_company_id")}>
            <Input required className="font-mono" value={clientCompanyId} onChange={(e) => setClientCompanyId(e.target.value)} />
          </FormField>
        )}
        {member && (
          <div className="grid gap-1">
            <div className="flex items-center gap-2">
              <Checkbox id="user-active" checked={isActive} onCheckedChange={(checked) => setIsActive(checked === true)} />
              <Label htmlFor="user-active">{labels.isActive}</Label>
            </div>
            <p className="text-xs text-muted-foreground">{labels.deactivateHint}</p>
          </div>
        )}
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>
            {t.app.cancel}
          </Button>
          <Button type="submit" disabled={mutation.isPending || !role}>
            {member ? t.app.save : t.app.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
