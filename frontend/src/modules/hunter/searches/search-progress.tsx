"use client";

import { CheckIcon, LoaderCircleIcon } from "lucide-react";

import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { canFollowRuns } from "../access";
import { isActive, liveCounts, type Stage } from "./progress";
import { useSearchTask, type Search } from "./queries";

const STEPS: Exclude<Stage, "failed" | "queued">[] = ["sources", "qualifying", "finished"];

function Counter({ label, value, hint, strong = false }: { label: string; value: string; hint?: string; strong?: boolean }) {
  return (
    <div className={cn("grid gap-0.5 rounded-lg border bg-card p-3", strong && "border-primary/40 bg-primary/5")}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className={cn("text-2xl font-semibold tabular-nums", strong && "text-primary")}>{value}</dd>
      {hint && <dd className="text-xs text-muted-foreground">{hint}</dd>}
    </div>
  );
}

/** A search's live progress: the stage it is in, its counters and a bar, updated over /ws (polled as a fallback). */
export function SearchProgress({ search }: { search: Search }) {
  const t = useT();
  const labels = t.hunter.searches;
  const running = isActive(search.status);
  const follows = canFollowRuns(useCurrentUser());
  const task = useSearchTask(search.run_id, running && follows);
  const counts = liveCounts(search, task.data);
  const stepIndex = counts.stage === "failed" ? -1 : counts.stage === "queued" ? -1 : STEPS.indexOf(counts.stage);
  const known = counts.duplicates + counts.inCrm;

  return (
    <section className="grid gap-4" aria-labelledby="search-progress">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="search-progress" className="text-base font-semibold">{labels.progressTitle}</h2>
        {running && (
          <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
            <span className="size-2 animate-pulse rounded-full bg-success" aria-hidden />
            {labels.live}
          </span>
        )}
      </div>
      <ol className="flex flex-wrap items-center gap-2 text-sm" aria-label={labels.stagesLabel}>
        {STEPS.map((step, index) => {
          const done = stepIndex > index || counts.stage === "finished";
          const current = stepIndex === index && counts.stage !== "finished";
          return (
            <li key={step} className="flex items-center gap-2" aria-current={current ? "step" : undefined}>
              {index > 0 && <span className="h-px w-6 bg-border" aria-hidden />}
              <span
                className={cn(
                  "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1",
                  done && "border-success/40 bg-success-soft text-success",
                  current && "border-primary/40 bg-primary/10 text-primary",
                  !done && !current && "text-muted-foreground",
                )}
              >
                {done ? <CheckIcon className="size-3.5" aria-hidden /> : current ? <LoaderCircleIcon className="size-3.5 animate-spin" aria-hidden /> : null}
                {labels.stages[step]}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="grid gap-1.5">
        <div
          role="progressbar"
          aria-label={labels.progressTitle}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={counts.percent}
          aria-valuetext={labels.stageText[counts.stage]}
          className="h-2 overflow-hidden rounded-full bg-muted"
        >
          <div className={cn("h-full rounded-full transition-all", counts.stage === "failed" ? "bg-destructive" : counts.stage === "finished" ? "bg-success" : "bg-primary")} style={{ width: `${counts.percent}%` }} />
        </div>
        <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="search-stage">{labels.stageText[counts.stage]}</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-live="polite" data-testid="search-counters">
        <Counter label={labels.counters.found} value={String(counts.found)} hint={labels.counters.foundHint} />
        <Counter label={labels.counters.known} value={String(known)} hint={labels.counters.knownHint(counts.duplicates, counts.inCrm)} />
        <Counter label={labels.counters.scored} value={String(counts.scored)} hint={counts.toScore !== null ? labels.counters.scoredOf(counts.toScore) : undefined} />
        <Counter label={labels.counters.qualified} value={String(counts.qualified)} hint={labels.counters.qualifiedHint(search.threshold)} strong />
      </dl>
      {running && !follows && <p className="text-xs text-muted-foreground">{labels.countsAtEnd}</p>}
    </section>
  );
}
