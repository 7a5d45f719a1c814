"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { ApiError } from "@/api/problem";
import { useCurrentUser } from "@/auth/use-session";
import { QueryError } from "@/components/query-error";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { canWriteCrm } from "../../shared/access";
import { useOwnerName } from "../../shared/owners";
import { LogActivityForm } from "../../shared/timeline/log-activity-form";
import { Timeline } from "../../shared/timeline/timeline";
import { entityLabels } from "../entity-labels";
import { TagChips } from "../list/tag-chips";
import type { RecordEntity } from "../queries";
import { DeleteRecordButton } from "./delete-record-button";
import { FieldList, type Field } from "./field-list";
import { MergeDialog } from "./merge-dialog";
import { RelatedDeals } from "./related-deals";

/** A record's page once its query answers: "not found" for a 404, the error with a retry, or the page. */
export function RecordLoader<T>({ entity, query, children }: { entity: RecordEntity; query: UseQueryResult<T>; children: (record: T) => ReactNode }) {
  const t = useT();
  if (query.isError) {
    if (!(query.error instanceof ApiError && query.error.status === 404)) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
    const { listHref, back } = entityLabels(t, entity);
    return (
      <div className="mx-auto grid max-w-md justify-items-center gap-3 py-16 text-center">
        <h1 className="text-xl font-semibold">{t.crm.records.detail.notFound}</h1>
        <p className="text-sm text-muted-foreground">{t.crm.records.detail.notFoundHint}</p>
        <Link href={listHref} className={buttonVariants({ variant: "outline" })}>{back}</Link>
      </div>
    );
  }
  if (query.isPending) return <Skeleton className="h-40" />;
  return children(query.data);
}

interface ShownRecord {
  id: string;
  owner_id: string | null;
  tag_ids: string[];
  created_at: string;
  updated_at: string;
}

interface RecordDetailLayoutProps {
  entity: RecordEntity;
  record: ShownRecord;
  name: string;
  /** Under the name (legal name and CNPJ; job title and company). */
  subtitle?: ReactNode;
  /** Next to the tags (a contact's consent). */
  badges?: ReactNode;
  /** The record's own fields; owner and dates follow. */
  fields: Field[];
  /** Cards between the details and the deals (a company's contacts). */
  cards?: ReactNode;
  onEdit: () => void;
  /** The page's dialogs. */
  children?: ReactNode;
}

/**
 * A company's or contact's page: back to the list, name and actions (edit, merge, delete),
 * the details, the deals, and the timeline with its quick "log activity".
 */
export function RecordDetailLayout({ entity, record, name, subtitle, badges, fields, cards, onEdit, children }: RecordDetailLayoutProps) {
  const t = useT();
  const labels = t.crm.records;
  const writable = canWriteCrm(useCurrentUser());
  const ownerName = useOwnerName();
  const { listHref, title } = entityLabels(t, entity);
  const subject = { type: entity, id: record.id };

  return (
    <>
      <Link href={listHref} className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeftIcon className="size-4" aria-hidden />
        {title}
      </Link>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
          {subtitle && <p className="text-sm text-muted-foreground">{subtitle}</p>}
          <div className="flex flex-wrap items-center gap-2">
            {badges}
            <TagChips ids={record.tag_ids} />
          </div>
        </div>
        {writable && (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={onEdit}>
              <PencilIcon aria-hidden />
              {labels.detail.edit}
            </Button>
            <MergeDialog entity={entity} id={record.id} name={name} />
            <DeleteRecordButton entity={entity} id={record.id} name={name} />
          </div>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader><CardTitle>{labels.detail.details}</CardTitle></CardHeader>
            <CardContent>
              <FieldList
                fields={[
                  ...fields,
                  [labels.detail.owner, record.owner_id ? ownerName(record.owner_id) : t.crm.shared.owners.none],
                  [labels.detail.createdAt, formatDateTime(record.created_at)],
                  [labels.detail.updatedAt, formatDateTime(record.updated_at)],
                ]}
              />
            </CardContent>
          </Card>
          {cards}
          <Card>
            <CardHeader><CardTitle>{labels.detail.deals}</CardTitle></CardHeader>
            <CardContent><RelatedDeals filters={entity === "company" ? { company_id: record.id } : { contact_id: record.id }} /></CardContent>
          </Card>
        </div>
        <section aria-labelledby="timeline-title" className="grid content-start gap-4">
          <h2 id="timeline-title" className="text-base font-semibold">{t.crm.shared.timeline.title}</h2>
          {writable && <LogActivityForm subject={subject} />}
          <Timeline subject={subject} />
        </section>
      </div>
      {children}
    </>
  );
}
