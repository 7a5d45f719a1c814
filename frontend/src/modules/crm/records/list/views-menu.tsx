"use client";

import { BookmarkIcon, ChevronDownIcon, SaveIcon, Trash2Icon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { describeError, formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { cleanFilters, sameState, stateOf, type ListState } from "./list-state";
import { useCreateView, useDeleteView, useUpdateView, useViews, type SavedView } from "./queries";

interface ViewsMenuProps {
  entity: RecordEntity;
  state: ListState;
  activeViewId: string | null;
  /** A view picked (null: all records, the default state). */
  onPick: (view: SavedView | null) => void;
}

/** The user's saved views of the list: pick one, save the current state as one, update or delete it. */
export function ViewsMenu({ entity, state, activeViewId, onPick }: ViewsMenuProps) {
  const t = useT();
  const labels = t.crm.records.views;
  const views = useViews(entity);
  const update = useUpdateView(entity);
  const remove = useDeleteView(entity);
  const [saving, setSaving] = useState(false);
  const active = views.data?.find((view) => view.id === activeViewId) ?? null;
  const modified = active !== null && !sameState(stateOf(entity, active), state);

  const saveActive = () => {
    if (!active) return;
    update.mutate(
      { id: active.id, filters: cleanFilters(state.filters), sort: state.sort, columns: state.columns },
      { onSuccess: () => toast.success(labels.updated), onError: (error) => toast.error(describeError(error, t)) },
    );
  };

  return (
    <div className="flex items-center gap-1">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" className="max-w-64">
            <BookmarkIcon aria-hidden />
            <span className="truncate">{active ? labels.current(active.name) : labels.views}</span>
            {modified && <span className="text-xs text-muted-foreground">({labels.unsaved})</span>}
            <ChevronDownIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>{labels.views}</DropdownMenuLabel>
          <DropdownMenuRadioGroup
            value={activeViewId ?? ""}
            onValueChange={(id) => onPick(views.data?.find((view) => view.id === id) ?? null)}
          >
            <DropdownMenuRadioItem value="">{labels.allRecords}</DropdownMenuRadioItem>
            {(views.data ?? []).map((view) => (
              <DropdownMenuRadioItem key={view.id} value={view.id}>{view.name}</DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          {active && modified && (
            <DropdownMenuItem onSelect={saveActive}>
              <SaveIcon aria-hidden />
              {labels.update(active.name)}
            </DropdownMenuItem>
          )}
          <DropdownMenuItem onSelect={() => setSaving(true)}>
            <BookmarkIcon aria-hidden />
            {labels.saveAs}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {active && (
        <ConfirmDialog
          title={labels.deleteTitle}
          description={labels.deleteBody(active.name)}
          confirmLabel={labels.deleteConfirm}
          onConfirm={() => remove.mutate(active.id, {
            onSuccess: () => {
              toast.success(labels.deleted);
              onPick(null);
            },
            onError: (error) => toast.error(describeError(error, t)),
          })}
        >
          <Button variant="ghost" size="icon" aria-label={labels.delete(active.name)}>
            <Trash2Icon aria-hidden />
          </Button>
        </ConfirmDialog>
      )}
      <Dialog open={saving} onOpenChange={setSaving}>
        {saving && <SaveViewForm entity={entity} state={state} onSaved={(view) => { setSaving(false); onPick(view); }} onCancel={() => setSaving(false)} />}
      </Dialog>
    </div>
  );
}

function SaveViewForm({ entity, state, onSaved, onCancel }: {
  entity: RecordEntity;
  state: ListState;
  onSaved: (view: SavedView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const labels = t.crm.records.views;
  const [name, setName] = useState("");
  const create = useCreateView(entity);
  const errors = formErrors(create.error, ["name"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), state: { ...state, filters: cleanFilters(state.filters) } }, {
      onSuccess: (view) => {
        toast.success(labels.saved);
        onSaved(view);
      },
    });
  };
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.saveTitle}</DialogTitle>
        <DialogDescription>{labels.saveHint}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <FormField label={labels.name} error={errors.field("name")}>
          <Input required autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onCancel}>{t.app.cancel}</Button>
          <Button type="submit" disabled={create.isPending || name.trim() === ""}>{t.app.save}</Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
