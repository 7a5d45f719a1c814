"use client";

import { DownloadIcon } from "lucide-react";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { cleanFilters, type ExportFormat, type ListState } from "./list-state";
import { useExport } from "./queries";

/** The list as it is now (filters, sort, columns) as a CSV or XLSX download. */
export function ExportMenu({ entity, state }: { entity: RecordEntity; state: ListState }) {
  const t = useT();
  const labels = t.crm.records.list;
  const exporting = useExport(entity);
  const run = (format: ExportFormat) =>
    exporting.mutate({ state: { ...state, filters: cleanFilters(state.filters) }, format }, {
      onSuccess: () => toast.success(labels.exported),
      onError: (error) => toast.error(describeError(error, t)),
    });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" disabled={exporting.isPending}>
          <DownloadIcon aria-hidden />
          {exporting.isPending ? labels.exporting : labels.export}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => run("csv")}>{labels.exportCsv}</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => run("xlsx")}>{labels.exportXlsx}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
