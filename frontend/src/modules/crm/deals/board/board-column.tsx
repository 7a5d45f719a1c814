"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useId } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { BoardColumn, DealCard } from "../board-cache";
import { SortableDealCard, type CardNames } from "./deal-card";

interface BoardColumnViewProps {
  column: BoardColumn;
  /** The cards in this column as shown (during a drag, where they would land). */
  cardIds: string[];
  cards: Map<string, DealCard>;
  names: CardNames;
  writable: boolean;
  loadingMore: boolean;
  onLoadMore: (cursor: string) => void;
}

/** One stage: its name, count, total and weighted total in BRL, its cards, and "load more". */
export function BoardColumnView({ column, cardIds, cards, names, writable, loadingMore, onLoadMore }: BoardColumnViewProps) {
  const t = useT();
  const labels = t.crm.deals;
  const headingId = useId();
  const { stage } = column;
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, disabled: !writable });
  const shown = column.deals.length;
  return (
    <section
      aria-labelledby={headingId}
      data-stage-id={stage.id}
      className="flex w-[85vw] max-w-80 shrink-0 snap-start flex-col rounded-lg border bg-muted/40 sm:w-72"
    >
      <header className={cn("grid gap-1 rounded-t-lg border-b p-3", stage.is_won && "bg-success-soft", stage.is_lost && "bg-danger-soft")}>
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="truncate text-sm font-semibold">{stage.name}</h2>
          <Badge aria-label={labels.dealCount(column.count)}>{column.count}</Badge>
        </div>
        <p className="text-xs text-muted-foreground">
          <span className="font-semibold text-foreground tabular-nums" data-testid="column-total">{formatMoney(Number(column.total_value))}</span>
          {" · "}
          <span title={labels.weightedHint}>
            {labels.weighted} <span className="tabular-nums" data-testid="column-weighted">{formatMoney(Number(column.weighted_value))}</span>
          </span>
        </p>
        <p className="text-xs text-muted-foreground">
          {stage.is_won ? labels.wonStage : stage.is_lost ? labels.lostStage : labels.stageProbability(stage.probability)}
        </p>
      </header>
      <SortableContext id={stage.id} items={cardIds} strategy={verticalListSortingStrategy}>
        <ol
          ref={setNodeRef}
          aria-label={labels.columnCards(stage.name)}
          className={cn(
            "grid min-h-24 flex-1 content-start gap-2 p-2 transition-colors lg:max-h-[calc(100dvh-19rem)] lg:overflow-y-auto",
            isOver && "bg-accent/60",
          )}
        >
          {cardIds.map((id) => {
            const card = cards.get(id);
            return card && <SortableDealCard key={id} card={card} names={names} disabled={!writable} />;
          })}
          {cardIds.length === 0 && (
            <li className="grid place-items-center rounded-md border border-dashed p-4 text-center text-xs text-muted-foreground">
              {writable ? labels.emptyColumnDrop : labels.emptyColumn}
            </li>
          )}
        </ol>
      </SortableContext>
      {column.next_cursor && (
        <div className="border-t p-2">
          <Button variant="ghost" size="sm" className="w-full" disabled={loadingMore} onClick={() => onLoadMore(column.next_cursor!)}>
            {loadingMore ? t.app.loading : labels.loadMoreColumn(Math.max(0, column.count - shown))}
          </Button>
        </div>
      )}
    </section>
  );
}
