"use client";

import { BuildingIcon, ChevronsUpDownIcon, XIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";
import { useDebounced } from "@/lib/use-debounced";

import { formatCnpj } from "../identifiers";
import { useCompanies, useCompanyNames } from "../queries";

interface CompanyPickerProps {
  value: string | null;
  onChange: (companyId: string | null) => void;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** Picks one company by searching its name, CNPJ or domain; clearable. */
export function CompanyPicker({ value, onChange, ...control }: CompanyPickerProps) {
  const t = useT();
  const labels = t.crm.records.form;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim());
  const companies = useCompanies(q.length >= 2 ? { q } : {}, q.length >= 2 ? "legal_name" : "-updated_at", { enabled: open });
  const names = useCompanyNames(value ? [value] : []);
  const selectedName = value ? names.data?.[value] ?? "…" : null;
  const items = pageItems(companies.data).slice(0, 20);

  return (
    <div className="flex gap-1">
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button variant="outline" role="combobox" aria-expanded={open} className="min-w-0 flex-1 justify-between font-normal" {...control}>
            <span className="flex min-w-0 items-center gap-2">
              <BuildingIcon aria-hidden className="text-muted-foreground" />
              <span className="truncate">{selectedName ?? labels.companyNone}</span>
            </span>
            <ChevronsUpDownIcon aria-hidden className="text-muted-foreground" />
          </Button>
        </PopoverTrigger>
        <PopoverContent align="start" className="p-0">
          <Command shouldFilter={false} label={labels.companySearch}>
            <CommandInput placeholder={labels.companySearch} value={search} onValueChange={setSearch} />
            <CommandList>
              {!companies.isPending && <CommandEmpty>{labels.companyEmpty}</CommandEmpty>}
              <CommandGroup>
                {items.map((company) => (
                  <CommandItem
                    key={company.id}
                    value={company.id}
                    onSelect={() => {
                      onChange(company.id);
                      setOpen(false);
                    }}
                  >
                    <div className="grid min-w-0">
                      <span className="truncate">{company.trade_name || company.legal_name}</span>
                      {(company.cnpj || company.trade_name) && (
                        <span className="truncate text-xs text-muted-foreground">
                          {company.cnpj ? formatCnpj(company.cnpj) : company.legal_name}
                        </span>
                      )}
                    </div>
                  </CommandItem>
                ))}
              </CommandGroup>
            </CommandList>
          </Command>
        </PopoverContent>
      </Popover>
      {value && (
        <Button variant="ghost" size="icon" aria-label={labels.companyNone} onClick={() => onChange(null)}>
          <XIcon aria-hidden />
        </Button>
      )}
    </div>
  );
}
