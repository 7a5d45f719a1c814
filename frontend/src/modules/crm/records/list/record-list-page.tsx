"use client";

import { MessageCircleIcon, PlusIcon, UploadIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { Button, buttonVariants } from "@/components/ui/button";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";
import { useNewParam } from "@/lib/use-new-param";

import { canWriteCrm } from "../../shared/access";
import { useOwnerName } from "../../shared/owners";
import { entityLabels } from "../entity-labels";
import { RecordList, type RecordListProps } from "./record-list";
import { TagChips } from "./tag-chips";

/** What companies and contacts both show in a list. */
interface ListedRecord {
  id: string;
  tag_ids: string[];
  owner_id: string | null;
  created_at: string;
  phones: Record<string, unknown>[];
}

/** The first phone (with its WhatsApp flag) and how many more there are. */
function PhonesCell({ phones }: { phones: Record<string, unknown>[] }) {
  const t = useT();
  const [first, ...rest] = phones;
  if (!first) return t.app.none;
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      {formatPhone(String(first.number))}
      {first.whatsapp === true && <MessageCircleIcon className="size-3.5 text-success" aria-label="WhatsApp" />}
      {rest.length > 0 && <span className="text-muted-foreground">+{rest.length}</span>}
    </span>
  );
}

interface RecordListPageProps<T extends ListedRecord> extends RecordListProps<T> {
  /** The create dialog, opened by the "new" button or `?new=1`. */
  createDialog: (open: boolean, onOpenChange: (open: boolean) => void) => ReactNode;
}

/**
 * `/crm/companies` and `/crm/contacts`: the header (import, new), the list with the columns
 * both kinds have (phones, tags, owner, created) next to the page's own, and the create dialog.
 */
export function RecordListPage<T extends ListedRecord>({ createDialog, cell, ...props }: RecordListPageProps<T>) {
  const t = useT();
  const writable = canWriteCrm(useCurrentUser());
  const [creating, setCreating] = useNewParam();
  const ownerName = useOwnerName();
  const { title, subtitle, newRecord } = entityLabels(t, props.entity);

  const commonCell = (item: T, column: string): ReactNode => {
    switch (column) {
      case "phones": return <PhonesCell phones={item.phones} />;
      case "tags": return <TagChips ids={item.tag_ids} />;
      case "owner_id": return item.owner_id ? ownerName(item.owner_id) : t.crm.shared.owners.none;
      case "created_at": return <span className="whitespace-nowrap">{formatDate(item.created_at)}</span>;
      default: return cell(item, column);
    }
  };

  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={writable && (
          <>
            <Link href="/crm/import" className={buttonVariants({ variant: "outline" })}>
              <UploadIcon aria-hidden />
              {t.crm.records.importTitle}
            </Link>
            <Button onClick={() => setCreating(true)}>
              <PlusIcon aria-hidden />
              {newRecord}
            </Button>
          </>
        )}
      />
      <RecordList {...props} cell={commonCell} />
      {createDialog(creating, setCreating)}
    </>
  );
}
