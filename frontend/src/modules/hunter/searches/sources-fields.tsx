"use client";

import { FlaskConicalIcon } from "lucide-react";
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { fieldClass, Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { SourceSpec } from "./queries";
import { useDirectoryLists } from "../directory/queries";

export interface SourcesDraft {
  directory: boolean;
  listName: string;
  includeDemo: boolean;
  web: boolean;
  urls: string;
  serpapi: boolean;
  query: string;
  location: string;
  engine: "google_maps" | "google";
}

export const NO_SOURCES: SourcesDraft = {
  directory: true, listName: "", includeDemo: true, web: false, urls: "", serpapi: false, query: "", location: "", engine: "google_maps",
};

export type SourceKind = "directory" | "web" | "serpapi";

/** The body's sources, and which kind each index is (the backend's errors say `sources.<index>`). */
export function sourcesOf(draft: SourcesDraft): { sources: SourceSpec[]; kinds: SourceKind[] } {
  const sources: SourceSpec[] = [];
  const kinds: SourceKind[] = [];
  if (draft.directory) {
    sources.push({ type: "directory", list_name: draft.listName || null, include_demo: !draft.listName && draft.includeDemo });
    kinds.push("directory");
  }
  if (draft.web) {
    sources.push({ type: "web", urls: draft.urls.split(/\s+/).map((url) => url.trim()).filter(Boolean) });
    kinds.push("web");
  }
  if (draft.serpapi) {
    sources.push({ type: "serpapi", query: draft.query.trim(), location: draft.location.trim() || null, engine: draft.engine });
    kinds.push("serpapi");
  }
  return { sources, kinds };
}

function SourceCard({ id, title, hint, on, onToggle, error, children }: {
  id: string;
  title: string;
  hint: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  error?: string;
  children?: ReactNode;
}) {
  return (
    <div className={cn("grid gap-3 rounded-lg border p-4", on ? "border-primary/40 bg-card" : "bg-muted/30")}>
      <div className="flex items-start gap-3">
        <Checkbox id={id} checked={on} onCheckedChange={(checked) => onToggle(checked === true)} className="mt-0.5" />
        <div className="grid gap-0.5">
          <Label htmlFor={id}>{title}</Label>
          <p className="text-xs text-muted-foreground">{hint}</p>
        </div>
      </div>
      {on && children && <div className="grid gap-3 pl-7">{children}</div>}
      {error && <p className="pl-7 text-xs font-medium text-destructive">{error}</p>}
    </div>
  );
}

/** Where to look: the directory (uploaded lists, the demo one), web pages, Google through SerpAPI. */
export function SourcesFields({ draft, onChange, errorOf }: {
  draft: SourcesDraft;
  onChange: (draft: SourcesDraft) => void;
  errorOf: (kind: SourceKind) => string | undefined;
}) {
  const t = useT();
  const labels = t.hunter.searches.launcher;
  const lists = useDirectoryLists();
  const set = (patch: Partial<SourcesDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="grid gap-3">
      <SourceCard id="source-directory" title={labels.directory} hint={labels.directoryHint} on={draft.directory} onToggle={(directory) => set({ directory })} error={errorOf("directory")}>
        <FormField label={labels.list} hint={labels.listHint}>
          <NativeSelect value={draft.listName} onChange={(e) => set({ listName: e.target.value })}>
            <option value="">{labels.allLists}</option>
            {(lists.data ?? []).map((list) => <option key={list.list_name} value={list.list_name}>{labels.listOption(list.list_name, list.rows)}</option>)}
          </NativeSelect>
        </FormField>
        <div className="flex items-start gap-3 rounded-md border border-warning/40 bg-warning-soft/50 p-3">
          <Checkbox id="source-demo" checked={!draft.listName && draft.includeDemo} disabled={Boolean(draft.listName)} onCheckedChange={(checked) => set({ includeDemo: checked === true })} className="mt-0.5" />
          <div className="grid gap-1">
            <Label htmlFor="source-demo" className="inline-flex flex-wrap items-center gap-2">
              {labels.includeDemo}
              <Badge tone="warning"><FlaskConicalIcon className="size-3" aria-hidden />{t.hunter.common.demo}</Badge>
            </Label>
            <p className="text-xs text-muted-foreground">{draft.listName ? labels.demoOnlyAllLists : labels.includeDemoHint}</p>
          </div>
        </div>
      </SourceCard>
      <SourceCard id="source-web" title={labels.web} hint={labels.webHint} on={draft.web} onToggle={(web) => set({ web })} error={errorOf("web")}>
        <FormField label={labels.urls} hint={labels.urlsHint}>
          <textarea className={cn(fieldClass, "h-auto min-h-20 py-2 font-mono text-xs")} placeholder="https://agencia.com.br" value={draft.urls} onChange={(e) => set({ urls: e.target.value })} />
        </FormField>
      </SourceCard>
      <SourceCard id="source-serpapi" title={labels.serpapi} hint={labels.serpapiHint} on={draft.serpapi} onToggle={(serpapi) => set({ serpapi })} error={errorOf("serpapi")}>
        <div className="grid items-start gap-3 sm:grid-cols-2">
          <FormField label={labels.query}>
            <Input value={draft.query} placeholder={labels.queryPlaceholder} onChange={(e) => set({ query: e.target.value })} />
          </FormField>
          <FormField label={labels.location}>
            <Input value={draft.location} placeholder={labels.locationPlaceholder} onChange={(e) => set({ location: e.target.value })} />
          </FormField>
          <FormField label={labels.engine}>
            <NativeSelect value={draft.engine} onChange={(e) => set({ engine: e.target.value as SourcesDraft["engine"] })}>
              <option value="google_maps">{t.hunter.common.sources.googleMaps}</option>
              <option value="google">{t.hunter.common.sources.google}</option>
            </NativeSelect>
          </FormField>
        </div>
        <p className="inline-flex items-start gap-2 rounded-md bg-muted p-2 text-xs text-muted-foreground">
          <FlaskConicalIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          {labels.serpapiSandbox}
        </p>
      </SourceCard>
    </div>
  );
}
