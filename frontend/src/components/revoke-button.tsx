"use client";

import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useT } from "@/i18n/i18n-provider";

type RevokeTexts = {
  revoke: string;
  revokeTitle: string;
  revokeBody: (subject: string) => string;
  revoked: string;
};

type RevokeMutation = {
  mutate: (id: string, options: { onSuccess: () => void; onError: (error: Error) => void }) => void;
};

/** A "revoke" action behind a confirmation, with a toast for the outcome. */
export function RevokeButton({ id, subject, texts, mutation }: {
  id: string;
  subject: string;
  texts: RevokeTexts;
  mutation: RevokeMutation;
}) {
  const t = useT();
  return (
    <ConfirmDialog
      title={texts.revokeTitle}
      description={texts.revokeBody(subject)}
      confirmLabel={texts.revoke}
      onConfirm={() => mutation.mutate(id, {
        onSuccess: () => toast.success(texts.revoked),
        onError: (error) => toast.error(describeError(error, t)),
      })}
    >
      <Button variant="ghost" size="sm">{texts.revoke}</Button>
    </ConfirmDialog>
  );
}
