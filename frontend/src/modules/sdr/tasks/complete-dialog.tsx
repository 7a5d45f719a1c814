"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldClass } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { useCompleteTask, type Outcome, type SdrTask } from "./queries";

/** Completing or skipping a task, with an optional note. */
export function CompleteDialog({ task, outcome, onClose }: { task: SdrTask | null; outcome: Outcome; onClose: () => void }) {
  return (
    <Dialog open={task !== null} onOpenChange={(open) => !open && onClose()}>
      {task && <CompleteForm key={task.id + outcome} task={task} outcome={outcome} onClose={onClose} />}
    </Dialog>
  );
}

function CompleteForm({ task, outcome, onClose }: { task: SdrTask; outcome: Outcome; onClose: () => void }) {
  const t = useT();
  const labels = t.sdr.tasks;
  const [note, setNote] = useState("");
  const complete = useCompleteTask();
  const errors = formErrors(complete.error, ["note"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({ id: task.id, outcome, note: note.trim() }, {
      onSuccess: () => {
        toast.success(outcome === "done" ? labels.completed : labels.skipped);
        onClose();
      },
    });
  };
  return (
    <DialogContent aria-describedby={undefined}>
      <DialogHeader>
        <DialogTitle>{outcome === "done" ? labels.completeTitle(task.title) : labels.skipTitle(task.title)}</DialogTitle>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.note} hint={labels.noteHint} error={errors.field("note")}>
          <textarea className={cn(fieldClass, "h-auto min-h-20 py-2")} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>{t.app.cancel}</Button>
          <Button type="submit" variant={outcome === "done" ? "default" : "secondary"} disabled={complete.isPending}>{outcome === "done" ? labels.complete : labels.skip}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
