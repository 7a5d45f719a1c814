"use client";

import { XIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { useT } from "@/i18n/i18n-provider";

import { useTags, type Tag } from "./queries";

/** The record's tags, as coloured chips; `onRemove` adds a remove button to each. */
export function TagChips({ ids, onRemove }: { ids: readonly string[]; onRemove?: (id: string) => void }) {
  const tags = useTags();
  const t = useT();
  if (ids.length === 0) return null;
  const byId = new Map((tags.data ?? []).map((tag) => [tag.id, tag]));
  return (
    <span className="flex flex-wrap gap-1">
      {ids.map((id) => {
        const tag = byId.get(id);
        if (!tag) return null;
        return (
          <TagChip key={id} tag={tag}>
            {onRemove && (
              <button
                type="button"
                className="-mr-1 rounded-full p-0.5 hover:bg-background/60"
                aria-label={t.crm.records.tags.remove(tag.name)}
                onClick={() => onRemove(id)}
              >
                <XIcon className="size-3" aria-hidden />
              </button>
            )}
          </TagChip>
        );
      })}
    </span>
  );
}

export function TagChip({ tag, children }: { tag: Tag; children?: React.ReactNode }) {
  return (
    <Badge>
      <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: tag.color ?? "currentColor", opacity: tag.color ? 1 : 0.4 }} />
      {tag.name}
      {children}
    </Badge>
  );
}
