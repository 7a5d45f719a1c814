"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDownIcon, ArrowUpIcon, GripVerticalIcon, PlusIcon, TrashIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { describeError, formErrors } from "@/components/form-errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { Pipeline, Stage } from "../board-cache";
import { useCreateStage, useDeleteStage, useReorderStages, useUpdateStage } from "../pipeline-queries";

export type StageKind = "open" | "won" | "lost";

export function kindOf(stage: Pick<Stage, "is_won" | "is_lost">): StageKind {
  return stage.is_won ? "won" : stage.is_lost ? "lost" : "open";
}

export function flagsOf(kind: StageKind) {
  return { is_won: kind === "won", is_lost: kind === "lost" };
}

const STAGE_FIELDS = ["name", "probability", "is_won", "is_lost", "position"] as const;

function KindSelect({ value, onChange, ...control }: { value: StageKind; onChange: (kind: StageKind) => void; id?: string }) {
  const labels = useT().crm.deals;
  return (
    <NativeSelect value={value} onChange={(e) => onChange(e.target.value as StageKind)} {...control}>
      <option value="open">{labels.stageKinds.open}</option>
      <option value="won">{labels.stageKinds.won}</option>
      <option value="lost">{labels.stageKinds.lost}</option>
    </NativeSelect>
  );
}

interface StageRowProps {
  stage: Stage;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  reordering: boolean;
}

/** One stage: name, probability, open/won/lost, saved on demand; moved by handle or arrows; deleted after a confirmation. */
function StageRow({ stage, index, count, onMove, reordering }: StageRowProps) {
  const t = useT();
  const labels = t.crm.deals;
  const update = useUpdateStage(stage.id);
  const remove = useDeleteStage();
  const [name, setName] = useState(stage.name);
  const [probability, setProbability] = useState(String(stage.probability));
  const [kind, setKind] = useState(kindOf(stage));
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: stage.id });
  const dirty = name !== stage.name || probability !== String(stage.probability) || kind !== kindOf(stage);
  const errors = formErrors(update.error, STAGE_FIELDS, t);
  const deleteError = remove.error ? describeError(remove.error, t) : null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    remove.reset();
    update.mutate(
      { name: name.trim(), probability: probability === "" ? null : Number(probability), ...flagsOf(kind) },
      { onSuccess: () => toast.success(labels.stageSaved(name.trim())) },
    );
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("grid gap-2 rounded-md border bg-card p-3", isDragging && "z-10 shadow-lg")}
      aria-label={stage.name}
    >
      <form onSubmit={save} noValidate className="grid items-end gap-2 sm:grid-cols-[auto_minmax(0,1fr)_7rem_9rem_auto]">
        <div className="flex items-center gap-1 self-center sm:pt-5">
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            {...listeners}
            aria-label={labels.dnd.stageHandle(stage.name)}
            className="cursor-grab rounded p-1 text-muted-foreground hover:bg-accent"
          >
            <GripVerticalIcon className="size-4" aria-hidden />
          </button>
          <Button variant="ghost" size="icon" className="size-7" disabled={index === 0 || reordering} aria-label={labels.moveStageUp(stage.name)} onClick={() => onMove(index, index - 1)}>
            <ArrowUpIcon aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" className="size-7" disabled={index === count - 1 || reordering} aria-label={labels.moveStageDown(stage.name)} onClick={() => onMove(index, index + 1)}>
            <ArrowDownIcon aria-hidden />
          </Button>
        </div>
        <FormField label={labels.stageName} error={errors.field("name")}>
          <Input value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label={labels.probabilityShort} error={errors.field("probability")}>
          <Input type="number" min={0} max={100} value={probability} onChange={(e) => setProbability(e.target.value)} />
        </FormField>
        <FormField label={labels.stageKind} error={errors.field("is_won") ?? errors.field("is_lost")}>
          <KindSelect value={kind} onChange={setKind} />
        </FormField>
        <div className="flex gap-1">
          <Button type="submit" size="sm" disabled={!dirty || update.isPending}>{t.app.save}</Button>
          <ConfirmDialog
            title={labels.deleteStageTitle(stage.name)}
            description={labels.deleteStageBody}
            confirmLabel={labels.deleteStage}
            onConfirm={() => {
              update.reset();
              remove.mutate(stage.id, { onSuccess: () => toast.success(labels.stageDeleted(stage.name)) });
            }}
          >
            <Button variant="ghost" size="icon" className="size-8" aria-label={labels.deleteStageNamed(stage.name)}>
              <TrashIcon aria-hidden />
            </Button>
          </ConfirmDialog>
        </div>
      </form>
      <FormAlert message={errors.general ?? deleteError} />
    </li>
  );
}

function AddStageForm({ pipelineId }: { pipelineId: string }) {
  const t = useT();
  const labels = t.crm.deals;
  const create = useCreateStage(pipelineId);
  const [name, setName] = useState("");
  const [probability, setProbability] = useState("");
  const [kind, setKind] = useState<StageKind>("open");
  const errors = formErrors(create.error, STAGE_FIELDS, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), probability: probability === "" ? null : Number(probability), ...flagsOf(kind) },
      {
        onSuccess: (stage) => {
          toast.success(labels.stageAdded(stage.name));
          setName("");
          setProbability("");
          setKind("open");
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="grid items-end gap-2 rounded-md border border-dashed p-3 sm:grid-cols-[minmax(0,1fr)_7rem_9rem_auto]" aria-label={labels.addStage}>
      <FormField label={labels.newStageName} error={errors.field("name")}>
        <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </FormField>
      <FormField label={labels.probabilityShort} error={errors.field("probability")}>
        <Input type="number" min={0} max={100} value={probability} onChange={(e) => setProbability(e.target.value)} />
      </FormField>
      <FormField label={labels.stageKind}>
        <KindSelect value={kind} onChange={setKind} />
      </FormField>
      <Button type="submit" variant="outline" disabled={create.isPending}>
        <PlusIcon aria-hidden />
        {labels.addStage}
      </Button>
      <div className="sm:col-span-4">
        <FormAlert message={errors.general} />
      </div>
    </form>
  );
}

/** The stages of one pipeline, in order, for those who may configure it. */
export function StagesEditor({ pipeline }: { pipeline: Pipeline }) {
  const t = useT();
  const labels = t.crm.deals;
  const reorder = useReorderStages(pipeline.id);
  const stages = pipeline.stages;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= stages.length) return;
    const ids = arrayMove(stages.map((stage) => stage.id), from, to);
    reorder.mutate(ids, {
      onSuccess: () => toast.success(labels.stagesReordered),
      onError: (error) => toast.error(describeError(error, t)),
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    move(stages.findIndex((stage) => stage.id === active.id), stages.findIndex((stage) => stage.id === over.id));
  };

  return (
    <div className="grid gap-3">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: labels.dnd.stageInstructions },
          announcements: {
            onDragStart: ({ active }) => labels.dnd.picked(stages.find((s) => s.id === active.id)?.name ?? ""),
            onDragOver: ({ over }) => (over ? labels.dnd.stageOver(stages.findIndex((s) => s.id === over.id) + 1) : ""),
            onDragEnd: ({ over }) => (over ? labels.dnd.stageDropped(stages.findIndex((s) => s.id === over.id) + 1) : ""),
            onDragCancel: ({ active }) => labels.dnd.cancelled(stages.find((s) => s.id === active.id)?.name ?? ""),
          },
        }}
      >
        <SortableContext items={stages.map((stage) => stage.id)} strategy={verticalListSortingStrategy}>
          <ol className="grid gap-2" aria-label={labels.stagesOf(pipeline.name)}>
            {stages.map((stage, index) => (
              <StageRow key={stage.id} stage={stage} index={index} count={stages.length} onMove={move} reordering={reorder.isPending} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <AddStageForm pipelineId={pipeline.id} />
    </div>
  );
}

/** The stages as they are, for those who may only look. */
export function StagesList({ pipeline }: { pipeline: Pipeline }) {
  const labels = useT().crm.deals;
  return (
    <ol className="grid gap-1" aria-label={labels.stagesOf(pipeline.name)}>
      {pipeline.stages.map((stage) => (
        <li key={stage.id} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
          <span>{stage.name}</span>
          <span className="flex items-center gap-2 text-xs text-muted-foreground">
            {stage.is_won && <Badge tone="success">{labels.stageKinds.won}</Badge>}
            {stage.is_lost && <Badge tone="danger">{labels.stageKinds.lost}</Badge>}
            {stage.probability}%
          </span>
        </li>
      ))}
    </ol>
  );
}
