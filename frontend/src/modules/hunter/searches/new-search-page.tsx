"use client";

import { RadarIcon } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { pageItems } from "@/api/pagination";
import { FormAlert } from "@/components/form-alert";
import { namedFormErrors } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import { useStartSearch } from "./queries";
import { NO_SOURCES, SourcesFields, sourcesOf, type SourceKind, type SourcesDraft } from "./sources-fields";
import { criteriaOf, draftOf, type CriteriaDraft } from "../icps/criteria";
import { CriteriaFields } from "../icps/criteria-fields";
import { criteriaSummary, CriteriaView } from "../icps/criteria-view";
import { ICP_FIELDS } from "../icps/icp-editor";
import { useIcps } from "../icps/queries";
import { ScoringFields } from "../icps/scoring-fields";

const INLINE = "inline";
export const DEFAULT_LIMIT = 200;
const FIELDS = ["icp_id", "limit", "enrich_cnpj", "sources.0", "sources.1", "sources.2", "sources", ...ICP_FIELDS.filter((f) => f.startsWith("criteria.") || f === "threshold")];

/** `/hunter/searches/new` (`?icp=` picks an ICP, `?list=` a directory list): what to search for, where, how many. */
export function NewSearchPage() {
  const t = useT();
  const labels = t.hunter.searches.launcher;
  const router = useRouter();
  const params = useSearchParams();
  const icps = useIcps(false);
  const active = pageItems(icps.data);
  const [picked, setPicked] = useState<string | null>(params.get("icp"));
  const [draft, setDraft] = useState<CriteriaDraft>(() => draftOf());
  const [threshold, setThreshold] = useState(70);
  const [sources, setSources] = useState<SourcesDraft>(() => ({ ...NO_SOURCES, listName: params.get("list") ?? "" }));
  const [limit, setLimit] = useState(String(DEFAULT_LIMIT));
  const [enrich, setEnrich] = useState(true);
  const start = useStartSearch();
  const errors = namedFormErrors(start.error, FIELDS, t);

  // with no choice made, the first ICP (or inline criteria when there is none)
  const profile = picked ?? (icps.isSuccess ? active[0]?.id ?? INLINE : "");
  const icp = active.find((i) => i.id === profile);
  const { sources: specs, kinds } = sourcesOf(sources);
  const errorOf = (kind: SourceKind) => {
    const index = kinds.indexOf(kind);
    return index >= 0 ? errors.field(`sources.${index}`) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (specs.length === 0 || !profile) return;
    const body = {
      ...(profile === INLINE ? { criteria: criteriaOf(draft), threshold } : { icp_id: profile, threshold: 70 }),
      sources: specs,
      limit: Number(limit) || DEFAULT_LIMIT,
      enrich_cnpj: enrich,
    };
    start.mutate(body, {
      onSuccess: (started) => {
        toast.success(t.hunter.searches.started);
        router.push(`/hunter/searches/${started.search_id}`);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-6">
      <PageHeader title={t.hunter.common.newSearch} subtitle={labels.subtitle} />
      <Card>
        <CardHeader>
          <CardTitle>{labels.profileTitle}</CardTitle>
          <CardDescription>{labels.profileHint}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormField label={labels.profile} error={errors.field("icp_id")}>
            <NativeSelect value={profile} onChange={(e) => setPicked(e.target.value)} disabled={icps.isPending}>
              {icps.isPending && <option value="">{t.app.loading}</option>}
              {active.map((i) => <option key={i.id} value={i.id}>{labels.icpOption(i.name, i.version)}</option>)}
              <option value={INLINE}>{labels.inline}</option>
            </NativeSelect>
          </FormField>
          {icps.isSuccess && active.length === 0 && (
            <p className="text-sm text-muted-foreground">
              {labels.noIcps} <Link href="/hunter/icps/new" className="text-primary hover:underline">{t.hunter.common.newIcp}</Link>
            </p>
          )}
          {icp && (
            <div className="grid gap-2 rounded-lg border bg-muted/30 p-4">
              <p className="text-sm font-medium">{criteriaSummary(icp.criteria, t)}</p>
              <CriteriaView criteria={icp.criteria} threshold={icp.threshold} />
            </div>
          )}
          {profile === INLINE && (
            <div className="grid gap-6 rounded-lg border p-4">
              <CriteriaFields draft={draft} onChange={setDraft} errors={errors} />
              <ScoringFields draft={draft} onChange={setDraft} threshold={threshold} onThreshold={setThreshold} errors={errors} />
            </div>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{labels.sourcesTitle}</CardTitle>
          <CardDescription>{labels.sourcesHint}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <SourcesFields draft={sources} onChange={setSources} errorOf={errorOf} />
          {specs.length === 0 && <p className="text-sm font-medium text-destructive">{labels.pickSource}</p>}
          {errors.field("sources") && <p className="text-xs font-medium text-destructive">{errors.field("sources")}</p>}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{labels.limitsTitle}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="max-w-xs">
            <FormField label={labels.limit} hint={labels.limitHint} error={errors.field("limit")}>
              <Input type="number" inputMode="numeric" min={1} max={2000} value={limit} onChange={(e) => setLimit(e.target.value)} />
            </FormField>
          </div>
          <div className="flex items-start gap-3">
            <Checkbox id="enrich-cnpj" checked={enrich} onCheckedChange={(on) => setEnrich(on === true)} className="mt-0.5" />
            <div className="grid gap-0.5">
              <Label htmlFor="enrich-cnpj">{labels.enrich}</Label>
              <p className="text-xs text-muted-foreground">{labels.enrichHint}</p>
            </div>
          </div>
        </CardContent>
      </Card>
      <FormAlert message={errors.general} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={start.isPending || specs.length === 0 || !profile}>
          <RadarIcon aria-hidden />
          {start.isPending ? labels.starting : labels.start}
        </Button>
        <Button variant="outline" onClick={() => router.push("/hunter/searches")}>{t.app.cancel}</Button>
      </div>
    </form>
  );
}
