"use client";

import { SearchIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/i18n/i18n-provider";
import type { NavEntry } from "@/modules/navigation";
import { commandsFor, navigationFor } from "@/modules/registry";

interface CommandPaletteProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Ctrl/Cmd-K: every screen the user may open and every action modules offer, by name. */
export function CommandPalette({ open, onOpenChange }: CommandPaletteProps) {
  const user = useCurrentUser();
  const t = useT();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setQuery("");
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        onOpenChange(!open);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, onOpenChange]);

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };
  const item = (entry: NavEntry) => {
    const label = entry.label(t);
    return (
      <CommandItem key={entry.id} value={`${label} ${entry.href}`} keywords={entry.keywords} onSelect={() => go(entry.href)}>
        <entry.icon aria-hidden />
        {label}
      </CommandItem>
    );
  };
  const commands = commandsFor(user);
  // what was typed, searched in the CRM's records (last: the screens and actions come first)
  const crmQuery = query.trim();
  const searchCrm = can(user, "crm:read") && crmQuery.length >= 2;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent showClose={false} className="top-[15%] translate-y-0 gap-0 overflow-hidden p-0" aria-describedby={undefined}>
        <DialogTitle className="sr-only">{t.shell.search}</DialogTitle>
        <Command label={t.shell.search}>
          <CommandInput placeholder={t.shell.searchPlaceholder} value={query} onValueChange={setQuery} />
          <CommandList>
            <CommandEmpty>{t.shell.searchEmpty}</CommandEmpty>
            <CommandGroup heading={t.shell.searchGroupNavigation}>
              {navigationFor(user).flatMap((section) => section.entries).map(item)}
            </CommandGroup>
            {commands.length > 0 && <CommandGroup heading={t.shell.searchGroupActions}>{commands.map(item)}</CommandGroup>}
            {searchCrm && (
              <CommandGroup heading={t.modules.crm} forceMount>
                <CommandItem value="__crm-search" forceMount onSelect={() => go(`/crm/search?q=${encodeURIComponent(crmQuery)}`)}>
                  <SearchIcon aria-hidden />
                  {t.crm.records.search.searchFor(crmQuery)}
                </CommandItem>
              </CommandGroup>
            )}
          </CommandList>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
