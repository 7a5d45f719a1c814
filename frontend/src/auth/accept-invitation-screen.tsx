"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { publicApi } from "@/api/client";
import { unwrap } from "@/api/problem";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { useHydrated } from "@/lib/use-hydrated";

import { AuthFrame, authCardClass } from "./auth-frame";
import { loginOf } from "./permissions";
import type { Audience } from "./session";

const FIELDS = ["password", "token"] as const;

/** An invitation link's page: choose a password, then sign in (invite_url of the backend). */
export function AcceptInvitationScreen({ audience }: { audience: Audience }) {
  const t = useT();
  const router = useRouter();
  const token = useSearchParams().get("token") ?? "";
  const hydrated = useHydrated();
  const [password, setPassword] = useState("");
  const [repeated, setRepeated] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const errors = formErrors(error, FIELDS, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeated);
    if (password !== repeated) return;
    setPending(true);
    setError(null);
    try {
      await unwrap(publicApi.POST("/api/v1/auth/invitations/accept", { body: { token, password } }));
      router.replace(`${loginOf(audience)}?reason=invited`);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      setPending(false);
    }
  };

  return (
    <AuthFrame audience={audience}>
      <form method="post" onSubmit={submit} noValidate className={authCardClass}>
        <div className="grid gap-1">
          <h1 className="text-xl font-semibold">{t.auth.inviteTitle}</h1>
          <p className="text-sm text-muted-foreground">
            {audience === "client" ? t.auth.invitePortalSubtitle : t.auth.inviteStaffSubtitle}
          </p>
        </div>
        {!token ? (
          <FormAlert message={t.auth.inviteIncomplete} />
        ) : (
          <>
            <FormField label={t.auth.newPassword} hint={t.auth.newPasswordHint} error={errors.field("password")}>
              <Input type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            </FormField>
            <FormField label={t.auth.repeatPassword} error={mismatch ? t.auth.passwordsDiffer : undefined}>
              <Input type="password" autoComplete="new-password" required value={repeated} onChange={(e) => setRepeated(e.target.value)} />
            </FormField>
            <FormAlert message={errors.field("token") ? t.auth.inviteInvalid : errors.general} />
            <Button type="submit" disabled={!hydrated || pending || !password}>
              {t.auth.inviteSubmit}
            </Button>
          </>
        )}
      </form>
    </AuthFrame>
  );
}
