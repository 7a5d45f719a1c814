"use client";

import { CheckIcon, PencilIcon, Undo2Icon, XIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";

import { ApiError } from "@/api/problem";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input } from "@/components/ui/input";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";
import { cn } from "@/lib/cn";

import { DraftBadges } from "./draft-badges";
import { useApproveDraft, type Draft } from "./queries";
import { ChannelBadge } from "../shared/badges";

export const MAX_TEXT = 4000;

/** What an approval sends: only what the reviewer changed (nothing: the draft as written). */
export function editsOf(draft: Pick<Draft, "text" | "subject">, text: string, subject: string): { text?: string; subject?: string } {
  const edits: { text?: string; subject?: string } = {};
  if (text.trim() && text.trim() !== draft.text.trim()) edits.text = text.trim();
  if (draft.subject !== null && subject.trim() && subject.trim() !== (draft.subject ?? "").trim()) edits.subject = subject.trim();
  return edits;
}

interface DraftCardProps {
  draft: Draft;
  writable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onReject: () => void;
}

/** One first contact waiting: who it goes to, on which channel, the text (editable inline), approve or reject. */
export function DraftCard({ draft, writable, selected, onSelect, onReject }: DraftCardProps) {
  const t = useT();
  const labels = t.sdr.approvals;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(draft.text);
  const [subject, setSubject] = useState(draft.subject ?? "");
  const approve = useApproveDraft();
  const errors = formErrors(approve.error, ["text", "subject"], t);
  const edits = editsOf(draft, text, subject);
  const changed = Object.keys(edits).length > 0;
  const who = draft.company ?? draft.name;
  const to = draft.channel === "whatsapp" ? formatPhone(draft.to) : draft.to;

  // the card leaves the queue as soon as the approval lands, so the toast cannot wait for it
  const submit = () =>
    approve.mutateAsync({ approvalId: draft.approval_id, ...edits }).then(
      () => toast.success(labels.approved(who)),
      (error: Error) => {
        if (error instanceof ApiError && error.status === 409) toast.error(labels.alreadyDecided);
      },
    );

  return (
    <Card className={cn(selected && "border-primary/60")} data-approval-id={draft.approval_id} aria-label={who}>
      <CardHeader className="flex flex-wrap items-start gap-3">
        {writable && <Checkbox className="mt-1" aria-label={labels.select(who)} checked={selected} onCheckedChange={(checked) => onSelect(checked === true)} />}
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="font-semibold">{who}</h2>
            {draft.company && <span className="text-sm text-muted-foreground">{draft.name}</span>}
            <ChannelBadge channel={draft.channel} />
            <DraftBadges draft={draft} />
            {changed && <span className="text-xs font-medium text-warning">{labels.edited}</span>}
          </div>
          <p className="text-xs text-muted-foreground">
            {labels.to}: <span className="font-medium text-foreground" data-testid="draft-to">{to}</span>
            {" · "}
            <Link href={`/sdr/campaigns/${draft.campaign_id}`} className="hover:underline">{draft.campaign_name}</Link>
            {" · "}
            {t.sdr.shared.stepN(draft.step_index)}
            {" · "}
            {labels.drafted(formatDateTime(draft.created_at))}
          </p>
        </div>
      </CardHeader>
      <CardContent className="grid gap-3">
        {editing ? (
          <>
            {draft.subject !== null && (
              <FormField label={labels.subject} error={errors.field("subject")}>
                <Input value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />
              </FormField>
            )}
            <FormField label={labels.text} hint={labels.characters(text.length)} error={errors.field("text")}>
              <textarea className={cn(fieldClass, "h-auto min-h-40 py-2")} value={text} maxLength={MAX_TEXT} onChange={(e) => setText(e.target.value)} />
            </FormField>
          </>
        ) : (
          <div className="grid gap-2 rounded-md bg-muted/60 p-3 text-sm" data-testid="draft-text">
            {draft.subject !== null && <p><span className="text-muted-foreground">{labels.subject}:</span> <span className="font-medium">{subject || draft.subject}</span></p>}
            <p className="whitespace-pre-wrap">{text}</p>
          </div>
        )}
        {errors.general && <p role="alert" className="text-sm text-destructive">{errors.general}</p>}
        {writable && (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" disabled={approve.isPending || !text.trim()} onClick={submit}>
              <CheckIcon aria-hidden />
              {changed ? labels.approveEdited : labels.approve}
            </Button>
            {editing ? (
              <Button size="sm" variant="outline" onClick={() => { setText(draft.text); setSubject(draft.subject ?? ""); setEditing(false); }}>
                <Undo2Icon aria-hidden />
                {labels.cancelEdit}
              </Button>
            ) : (
              <Button size="sm" variant="outline" onClick={() => setEditing(true)}>
                <PencilIcon aria-hidden />
                {labels.edit}
              </Button>
            )}
            <Button size="sm" variant="ghost" className="text-destructive" disabled={approve.isPending} onClick={onReject}>
              <XIcon aria-hidden />
              {labels.reject}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
