"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";

import { session } from "@/api/client";
import { ApiError } from "@/api/problem";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { Dictionary } from "@/i18n/dictionary";
import { useT } from "@/i18n/i18n-provider";
import { safeNext } from "@/lib/safe-next";
import { useHydrated } from "@/lib/use-hydrated";

import { AuthFrame, authCardClass } from "./auth-frame";
import { audienceOf, homeOf } from "./permissions";
import type { Audience } from "./session";

function refusal(t: Dictionary, error: ApiError | Error, retryIn: number): string | null {
  if (!(error instanceof ApiError)) return t.app.unavailable;
  if (error.status === 401) return t.auth.wrongCredentials;
  if (error.status === 429) return t.auth.tooManyAttempts(retryIn);
  if (error.code === "staff_account_on_portal") return t.auth.staffOnPortal;
  if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) return null; // shown by the fields
  if (error.status === 503) return t.app.unavailable;
  return error.problem.request_id ? t.app.errorWithId(error.problem.request_id) : t.app.error;
}

/** The sign-in form of the dashboard (`staff`) or the client portal (`client`). */
export function LoginScreen({ audience }: { audience: Audience }) {
  const t = useT();
  const router = useRouter();
  const params = useSearchParams();
  const reason = params.get("reason");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [retryIn, setRetryIn] = useState(0);
  const hydrated = useHydrated();

  useEffect(() => {
    if (retryIn <= 0) return;
    const timer = setTimeout(() => setRetryIn((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [retryIn]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const user = await session.signIn(email, password, audience);
      const actual = audienceOf(user);
      router.replace(actual === audience ? safeNext(params.get("next"), homeOf(audience)) : homeOf(actual));
    } catch (caught) {
      const failure = caught instanceof Error ? caught : new Error(String(caught));
      setError(failure);
      if (failure instanceof ApiError && failure.status === 429) setRetryIn(failure.retryAfter ?? 60);
      setPending(false);
    }
  };

  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const message = error && (retryIn > 0 || !(error instanceof ApiError && error.status === 429)) ? refusal(t, error, retryIn) : null;
  const notices: Record<string, string> = { expired: t.auth.expired, logout: t.auth.signedOut, invited: t.auth.invited };
  const notice = reason ? (notices[reason] ?? null) : null;
  const portal = audience === "client";

  return (
    <AuthFrame audience={audience}>
      {/* POST, never GET: a submit before the page is interactive must not put the password in a URL */}
      <form method="post" onSubmit={submit} noValidate className={authCardClass}>
        <div className="grid gap-1">
          <h1 className="text-xl font-semibold">{portal ? t.auth.portalTitle : t.auth.staffTitle}</h1>
          <p className="text-sm text-muted-foreground">{portal ? t.auth.portalSubtitle : t.auth.staffSubtitle}</p>
        </div>
        {notice && !error && (
          <p role="status" className="rounded-md bg-secondary p-3 text-sm">
            {notice}
          </p>
        )}
        <FormField label={t.auth.email} error={fieldErrors.email}>
          <Input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <FormField label={t.auth.password} error={fieldErrors.password}>
          <Input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </FormField>
        {message && (
          <div role="alert" className="grid gap-1 rounded-md bg-danger-soft p-3 text-sm text-destructive">
            <p>{message}</p>
            {error instanceof ApiError && error.code === "staff_account_on_portal" && (
              <Link href="/login" className="font-medium underline underline-offset-4">
                {t.auth.goToDashboardLogin}
              </Link>
            )}
          </div>
        )}
        <Button type="submit" disabled={!hydrated || pending || retryIn > 0}>
          {pending ? t.auth.submitting : t.auth.submit}
        </Button>
      </form>
      <p className="text-center text-sm text-muted-foreground">
        {portal ? t.auth.staffHint : t.auth.clientHint}{" "}
        <Link href={portal ? "/login" : "/portal/login"} className="font-medium text-primary underline-offset-4 hover:underline">
          {portal ? t.auth.goToDashboardLogin : t.auth.goToPortalLogin}
        </Link>
      </p>
    </AuthFrame>
  );
}
