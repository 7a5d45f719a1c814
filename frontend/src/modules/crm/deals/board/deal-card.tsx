"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { BuildingIcon, CalendarIcon, GripVerticalIcon, UserIcon } from "lucide-react";
import Link from "next/link";
import type { KeyboardEventHandler, ReactNode } from "react";

import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { formatDay, todayInSaoPaulo } from "../../shared/dates";
import type { DealCard } from "../board-cache";

/** A card's owner and company by name (undefined: not shown). */
export interface CardNames {
  owner: (card: DealCard) => string | undefined;
  company: (card: DealCard) => string | undefined;
}

interface DealCardViewProps {
  card: DealCard;
  names: CardNames;
  /** The drag handle (keyboard and screen readers pick the card up there). */
  handle?: ReactNode;
  /** Drawn under the pointer while dragging. */
  overlay?: boolean;
}

/** What a card shows: title (a link to the deal), company, value, probability, close date, owner. */
export function DealCardView({ card, names, handle, overlay = false }: DealCardViewProps) {
  const t = useT();
  const labels = t.crm.deals;
  const company = names.company(card);
  const ownerName = names.owner(card);
  const overdue = card.status === "open" && card.expected_close_date !== null && card.expected_close_date < todayInSaoPaulo();
  return (
    <div className={cn("grid gap-1.5 rounded-md border bg-card p-3 text-sm shadow-xs select-none", overlay && "rotate-2 shadow-lg ring-2 ring-primary/40")}>
      <div className="flex items-start gap-1">
        <Link href={`/crm/deals/${card.id}`} draggable={false} className="min-w-0 flex-1 font-medium break-words hover:underline">
          {card.title}
        </Link>
        {handle}
      </div>
      {company && (
        <p className="flex items-center gap-1 truncate text-xs text-muted-foreground">
          <BuildingIcon className="size-3 shrink-0" aria-hidden />
          <span className="truncate">{company}</span>
        </p>
      )}
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="font-semibold tabular-nums">{formatMoney(Number(card.value))}</span>
        <span className="text-muted-foreground" title={labels.probability}>{card.probability}%</span>
      </div>
      {(card.expected_close_date || ownerName) && (
        <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 text-xs text-muted-foreground">
          {card.expected_close_date && (
            <span className={cn("inline-flex items-center gap-1", overdue && "font-medium text-destructive")}>
              <CalendarIcon className="size-3" aria-hidden />
              <span className="sr-only">{labels.expectedClose}: </span>
              {formatDay(card.expected_close_date)}
              {overdue && <span>({labels.overdue})</span>}
            </span>
          )}
          {ownerName && (
            <span className="inline-flex items-center gap-1">
              <UserIcon className="size-3" aria-hidden />
              <span className="sr-only">{t.crm.shared.owners.owner}: </span>
              {ownerName}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

/** A card on the board that mouse, touch and keyboard can move. */
export function SortableDealCard({ card, names, disabled }: { card: DealCard; names: CardNames; disabled: boolean }) {
  const t = useT();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: card.id, disabled });
  // the whole card follows the mouse or a finger; the keyboard picks it up at its handle
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  const handle = !disabled && (
    <button
      ref={setActivatorNodeRef}
      type="button"
      {...attributes}
      onKeyDown={onKeyDown as KeyboardEventHandler | undefined}
      aria-label={t.crm.deals.dnd.handle(card.title)}
      className="-mt-1 -mr-2 shrink-0 cursor-grab rounded p-1 text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
    >
      <GripVerticalIcon className="size-4" aria-hidden />
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      {...pointerListeners}
      data-deal-id={card.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("touch-manipulation", !disabled && "cursor-grab", isDragging && "opacity-40")}
    >
      <DealCardView card={card} names={names} handle={handle} />
    </li>
  );
}
