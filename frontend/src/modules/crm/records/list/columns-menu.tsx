"use client";

import { Columns3Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { COLUMNS, knownColumns } from "./list-state";

/** Which columns the list (and its export) shows. */
export function ColumnsMenu({ entity, columns, onChange }: { entity: RecordEntity; columns: string[]; onChange: (columns: string[]) => void }) {
  const t = useT();
  const names = t.crm.records.column;
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline">
          <Columns3Icon aria-hidden />
          {t.crm.records.list.columns}
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-60 p-3">
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-xs font-medium text-muted-foreground">{t.crm.records.list.columns}</legend>
          {COLUMNS[entity].optional.map((column) => {
            const id = `column-${entity}-${column}`;
            return (
              <div key={column} className="flex items-center gap-2">
                <Checkbox
                  id={id}
                  checked={columns.includes(column)}
                  onCheckedChange={(checked) =>
                    onChange(knownColumns(entity, checked === true ? [...columns, column] : columns.filter((c) => c !== column)))
                  }
                />
                <Label htmlFor={id} className="font-normal">{names[column] ?? column}</Label>
              </div>
            );
          })}
        </fieldset>
      </PopoverContent>
    </Popover>
  );
}
