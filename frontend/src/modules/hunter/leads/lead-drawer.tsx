"use client";

import { ChevronLeftIcon, ChevronRightIcon, ExternalLinkIcon } from "lucide-react";
import Link from "next/link";

import { ApiError } from "@/api/problem";
import { useCurrentUser } from "@/auth/use-session";
import { QueryError } from "@/components/query-error";
import { Button, buttonVariants } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";

import { canWriteHunter } from "../access";
import { LeadDetail } from "./lead-detail";
import { useLead } from "./queries";
import { ReviewActions } from "./review-actions";

interface LeadDrawerProps {
  leadId: string | null;
  /** The ids of the list on screen, for going to the previous and next lead. */
  ids: string[];
  onOpen: (leadId: string | null) => void;
}

/** One lead over the list, on the right: review it, then go on to the next one without losing the list. */
export function LeadDrawer({ leadId, ids, onOpen }: LeadDrawerProps) {
  const t = useT();
  const labels = t.hunter.leads.drawer;
  const lead = useLead(leadId);
  const writable = canWriteHunter(useCurrentUser());
  const index = leadId ? ids.indexOf(leadId) : -1;
  const previous = index > 0 ? ids[index - 1] : undefined;
  const next = index >= 0 && index < ids.length - 1 ? ids[index + 1] : undefined;
  const missing = lead.error instanceof ApiError && (lead.error.status === 404 || lead.error.status === 422);

  return (
    <Sheet open={leadId !== null} onOpenChange={(open) => !open && onOpen(null)}>
      <SheetContent
        aria-describedby={undefined}
        className="right-0 left-auto w-full max-w-none border-r-0 border-l bg-background sm:w-[40rem] sm:max-w-[92vw]"
        onKeyDown={(event) => {
          // j / k, as in a mail client; not while typing, nor from the review dialogs (portalled elsewhere)
          const target = event.target;
          if (!(target instanceof HTMLElement) || !event.currentTarget.contains(target) || target.closest("input, textarea, select")) return;
          if (event.key === "j" && next) onOpen(next);
          if (event.key === "k" && previous) onOpen(previous);
        }}
      >
        <div className="flex items-center gap-1 border-b px-4 py-3 pr-12">
          <SheetTitle className="min-w-0 flex-1 truncate text-sm font-medium text-muted-foreground">
            {index >= 0 ? labels.position(index + 1, ids.length) : labels.title}
          </SheetTitle>
          <Button variant="ghost" size="icon" disabled={!previous} onClick={() => previous && onOpen(previous)} aria-label={labels.previous} title={labels.keys}>
            <ChevronLeftIcon aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" disabled={!next} onClick={() => next && onOpen(next)} aria-label={labels.next} title={labels.keys}>
            <ChevronRightIcon aria-hidden />
          </Button>
          {leadId && (
            <Link href={`/hunter/leads/${leadId}`} className={buttonVariants({ variant: "ghost", size: "icon" })} aria-label={labels.openPage}>
              <ExternalLinkIcon aria-hidden />
            </Link>
          )}
        </div>
        {/* keyed by the lead: the next one opens at its top */}
        <div key={leadId} className="flex-1 overflow-y-auto p-4 sm:p-6">
          {lead.isError ? (
            missing ? <p className="text-sm text-muted-foreground">{labels.notFound}</p> : <QueryError error={lead.error} onRetry={() => void lead.refetch()} />
          ) : lead.data ? (
            <LeadDetail lead={lead.data} actions={false} />
          ) : (
            <Skeleton className="h-96" />
          )}
        </div>
        {writable && lead.data && (
          <div className="border-t bg-card px-4 py-3 sm:px-6">
            <ReviewActions lead={lead.data} />
          </div>
        )}
      </SheetContent>
    </Sheet>
  );
}
