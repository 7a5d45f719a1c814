"use client";

import { SendIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { ApiError } from "@/api/problem";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useSendReply } from "./queries";
import { MAX_TEXT } from "../approvals/draft-card";

/** Why the API refused to send (409 with a known `code`) in the reader's words; null: no such refusal. */
export function refusalOf(error: Error | null, refused: Record<string, string>): string | null {
  return (error instanceof ApiError && error.status === 409 && refused[error.code]) || null;
}

/** A person's answer, sent at once on the enrollment's channel (⌘/Ctrl+Enter sends). */
export function ReplyBox({ enrollmentId, channel }: { enrollmentId: string; channel: string }) {
  const t = useT();
  const labels = t.sdr.conversations.reply;
  const [text, setText] = useState("");
  const [subject, setSubject] = useState("");
  const send = useSendReply(enrollmentId);
  const errors = formErrors(send.error, ["text", "subject"], t);
  const email = channel === "email";

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || send.isPending) return;
    send.mutate({ text: text.trim(), subject: email && subject.trim() ? subject.trim() : null }, {
      onSuccess: () => {
        toast.success(labels.sent);
        setText("");
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border bg-card p-3" aria-label={labels.title}>
      {email && (
        <FormField label={labels.subject} error={errors.field("subject")}>
          <Input value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />
        </FormField>
      )}
      <FormField label={labels.text} hint={labels.hint(t.sdr.shared.channels[channel] ?? channel)} error={errors.field("text")}>
        <textarea
          className={cn(fieldClass, "h-auto min-h-24 py-2")}
          value={text}
          maxLength={MAX_TEXT}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit();
          }}
        />
      </FormField>
      <FormAlert message={refusalOf(send.error, labels.refused) ?? errors.general} />
      <div className="flex justify-end">
        <Button type="submit" disabled={!text.trim() || send.isPending}>
          <SendIcon aria-hidden />
          {send.isPending ? labels.sending : labels.send}
        </Button>
      </div>
    </form>
  );
}
