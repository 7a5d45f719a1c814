"use client";

import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useMemo, useState } from "react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { useT } from "@/i18n/i18n-provider";

import { companyName } from "../../shared/display";
import { useOwnerName } from "../../shared/owners";
import { useCompaniesByIds } from "../../shared/queries";
import { dropPosition, type Board, type DealCard, type Move } from "../board-cache";
import { LostReasonDialog } from "../lost-reason-dialog";
import { isStale, useLoadMoreColumn, useMoveDeal, type BoardFilters } from "../queries";
import { BoardColumnView } from "./board-column";
import { DealCardView, type CardNames } from "./deal-card";

/** Card ids per stage id, in the order shown. */
type Layout = Record<string, string[]>;

/** A drag in progress (or just dropped, until the board shows the move). */
interface Preview {
  layout: Layout;
  /** The board the layout was made from: once the board changes, the layout is stale. */
  board: Board;
  dragging: boolean;
}

function layoutOf(board: Board): Layout {
  return Object.fromEntries(board.columns.map((column) => [column.stage.id, column.deals.map((deal) => deal.id)]));
}

/** The stage a card or a column id belongs to. */
function containerOf(id: UniqueIdentifier, layout: Layout): string | undefined {
  const key = String(id);
  if (key in layout) return key;
  return Object.keys(layout).find((stageId) => layout[stageId]!.includes(key));
}

interface DealsBoardProps {
  board: Board;
  filters: BoardFilters;
  writable: boolean;
  ownerScoped: boolean;
}

/** Who owns each card and its company, by name: the board's companies in one request. */
function useCardNames(board: Board): CardNames {
  const ownerName = useOwnerName();
  const companies = useCompaniesByIds(board.columns.flatMap((column) => column.deals.map((deal) => deal.company_id)));
  return {
    owner: (card) => ownerName(card.owner_id),
    company: (card) => {
      const company = card.company_id ? companies.get(card.company_id) : null;
      return company ? companyName(company) : undefined;
    },
  };
}

/**
 * The kanban: columns side by side (scrolling sideways on phones), cards moved between and
 * within them by mouse, touch or keyboard. A drop is shown at once and sent; a refused one
 * goes back with a message. Dropping on a lost stage asks why first.
 */
export function DealsBoard({ board, filters, writable, ownerScoped }: DealsBoardProps) {
  const t = useT();
  const labels = t.crm.deals;
  const pipelineId = board.pipeline.id;
  const move = useMoveDeal(pipelineId, filters);
  const lostMove = useMoveDeal(pipelineId, filters);
  const loadMore = useLoadMoreColumn(pipelineId, filters);
  const names = useCardNames(board);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pendingLost, setPendingLost] = useState<Move | null>(null);

  const cards = useMemo(() => new Map(board.columns.flatMap((column) => column.deals.map((deal) => [deal.id, deal] as const))), [board]);
  const stages = useMemo(() => new Map(board.columns.map((column) => [column.stage.id, column.stage])), [board]);
  const base = useMemo(() => layoutOf(board), [board]);
  const layout = preview && (preview.dragging || preview.board === board) ? preview.layout : base;
  const filtered = Boolean(filters.ownerId || filters.q);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const titleOf = (id: UniqueIdentifier) => cards.get(String(id))?.title ?? "";
  const placeOf = (id: UniqueIdentifier) => {
    const stageId = containerOf(id, layout);
    const stage = stageId ? stages.get(stageId) : undefined;
    return stage ? stage.name : "";
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => labels.dnd.picked(titleOf(active.id)),
    onDragOver: ({ active, over }) => (over ? labels.dnd.over(titleOf(active.id), placeOf(over.id)) : labels.dnd.outside(titleOf(active.id))),
    onDragEnd: ({ active, over }) => (over ? labels.dnd.dropped(titleOf(active.id), placeOf(over.id)) : labels.dnd.cancelled(titleOf(active.id))),
    onDragCancel: ({ active }) => labels.dnd.cancelled(titleOf(active.id)),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setPreview({ layout: base, board, dragging: true });
  };

  // across columns the card moves into the other column as soon as it is over it
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setPreview((current) => {
      const shown = current?.layout ?? base;
      const from = containerOf(active.id, shown);
      const to = containerOf(over.id, shown);
      if (!from || !to || from === to) return current;
      const target = shown[to]!;
      const overIndex = target.indexOf(String(over.id));
      const translated = active.rect.current.translated;
      const below = translated !== null && translated.top > over.rect.top + over.rect.height / 2;
      const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
      const id = String(active.id);
      return {
        layout: { ...shown, [from]: shown[from]!.filter((card) => card !== id), [to]: [...target.slice(0, index), id, ...target.slice(index)] },
        board,
        dragging: true,
      };
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const shown = preview?.layout ?? base;
    const card = cards.get(String(active.id));
    const to = over ? containerOf(over.id, shown) : undefined;
    const from = containerOf(active.id, shown);
    if (!over || !card || !to || !from) return setPreview(null);
    let column = shown[to]!;
    if (from === to && String(over.id) !== to) {
      const oldIndex = column.indexOf(card.id);
      const newIndex = column.indexOf(String(over.id));
      if (newIndex >= 0 && oldIndex !== newIndex) column = arrayMove(column, oldIndex, newIndex);
    }
    const index = column.indexOf(card.id);
    if (to === card.stage_id && index === base[to]!.indexOf(card.id)) return setPreview(null);
    const position = dropPosition({
      column: column.map((id) => cards.get(id)).filter((deal): deal is DealCard => Boolean(deal)),
      card,
      toStageId: to,
      filtered,
      ownerScoped,
    });
    const dropped: Move = { card, toStageId: to, index, position };
    if (stages.get(to)?.is_lost && card.status !== "lost") {
      setPreview(null);
      lostMove.reset();
      setPendingLost(dropped);
      return;
    }
    // keep the drop on screen until the board has it (the optimistic update)
    setPreview({ layout: { ...shown, [to]: column }, board, dragging: false });
    move.mutate(dropped, {
      onSuccess: (deal) => {
        const stage = stages.get(deal.stage_id);
        if (stage?.is_won && card.status !== "won") toast.success(labels.wonToast(deal.title));
      },
      onError: (error) => toast.error(isStale(error) ? labels.moveConflict(card.title) : describeError(error, t)),
    });
  };

  const onDragCancel = () => {
    setActiveId(null);
    setPreview(null);
  };

  const confirmLost = (reason: string) => {
    if (!pendingLost) return;
    lostMove.mutate({ ...pendingLost, lostReason: reason }, {
      onSuccess: () => setPendingLost(null),
      onError: (error) => {
        if (isStale(error)) {
          setPendingLost(null);
          toast.error(labels.moveConflict(pendingLost.card.title));
        }
      },
    });
  };

  const active = activeId ? cards.get(activeId) : undefined;
  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        accessibility={{ announcements, screenReaderInstructions: { draggable: labels.dnd.instructions } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <div className="-mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-4 sm:snap-none lg:-mx-6 lg:px-6" data-testid="deals-board">
          {board.columns.map((column) => (
            <BoardColumnView
              key={column.stage.id}
              column={column}
              cardIds={layout[column.stage.id] ?? []}
              cards={cards}
              names={names}
              writable={writable}
              loadingMore={loadMore.isPending && loadMore.variables?.stageId === column.stage.id}
              onLoadMore={(cursor) =>
                loadMore.mutate({ stageId: column.stage.id, cursor }, { onError: (error) => toast.error(describeError(error, t)) })
              }
            />
          ))}
        </div>
        <DragOverlay>{active && <DealCardView card={active} names={names} overlay />}</DragOverlay>
      </DndContext>
      <LostReasonDialog
        dealTitle={pendingLost?.card.title ?? null}
        stageName={pendingLost ? stages.get(pendingLost.toStageId)?.name ?? "" : ""}
        pending={lostMove.isPending}
        error={lostMove.error}
        onConfirm={confirmLost}
        onClose={() => setPendingLost(null)}
      />
    </>
  );
}
