"use client";

import { CheckIcon, PlusIcon, TagIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";

import { useCreateTag, useTags } from "../list/queries";

interface TagPickerProps {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** The trigger's text (default: "Tags…"). */
  label?: string;
  /** Whether typing a new name offers to create it (needs crm:write). */
  creatable?: boolean;
  /** One tag at a time: picking closes the list (bulk add and remove). */
  single?: boolean;
  /** Offer only these tags (removing tags the selected records carry). */
  only?: readonly string[];
  id?: string;
  disabled?: boolean;
}

/** Picks tags from the organization's list, creating a new one from what was typed. */
export function TagPicker({ value, onChange, label, creatable = true, single = false, only, id, disabled }: TagPickerProps) {
  const t = useT();
  const labels = t.crm.records.tags;
  const tags = useTags();
  const create = useCreateTag();
  const writable = can(useCurrentUser(), "crm:write");
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const typed = search.trim();
  const offered = (tags.data ?? []).filter((tag) => !only || only.includes(tag.id));
  const exists = (tags.data ?? []).some((tag) => tag.name.toLowerCase() === typed.toLowerCase());

  const toggle = (tagId: string) => {
    if (single) {
      onChange([tagId]);
      setOpen(false);
      return;
    }
    onChange(value.includes(tagId) ? value.filter((v) => v !== tagId) : [...value, tagId]);
  };
  const createTag = () =>
    create.mutate({ name: typed }, {
      onSuccess: (tag) => {
        setSearch("");
        toggle(tag.id);
      },
      onError: (error) => toast.error(describeError(error, t)),
    });

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button id={id} variant="outline" className="justify-start" disabled={disabled}>
          <TagIcon aria-hidden />
          {label ?? labels.add}
          {!single && value.length > 0 && <span className="text-muted-foreground">({value.length})</span>}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="w-72 p-0">
        <Command label={labels.search}>
          <CommandInput placeholder={labels.search} value={search} onValueChange={setSearch} />
          <CommandList>
            <CommandEmpty>{labels.empty}</CommandEmpty>
            <CommandGroup>
              {offered.map((tag) => (
                <CommandItem key={tag.id} value={`${tag.name} ${tag.id}`} onSelect={() => toggle(tag.id)}>
                  <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: tag.color ?? "var(--muted-foreground)" }} />
                  <span className="flex-1">{tag.name}</span>
                  {value.includes(tag.id) && <CheckIcon aria-hidden />}
                </CommandItem>
              ))}
              {creatable && writable && typed.length > 0 && !exists && (
                <CommandItem value={`__create ${typed}`} onSelect={createTag} disabled={create.isPending}>
                  <PlusIcon aria-hidden />
                  {labels.create(typed)}
                </CommandItem>
              )}
            </CommandGroup>
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
