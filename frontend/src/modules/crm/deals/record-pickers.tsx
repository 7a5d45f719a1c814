"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon, XIcon } from "lucide-react";
import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { fieldClass } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";
import { useDebounced } from "@/lib/use-debounced";

import {
  companyName,
  lookupKeys,
  useCompany,
  useCompanySearch,
  useContact,
  useContactSearch,
  type Company,
  type Contact,
} from "./lookup-queries";

/** What a FormField hands its control. */
interface FieldControlProps {
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

interface SearchListProps<T> {
  search: string;
  onSearch: (search: string) => void;
  placeholder: string;
  empty: string;
  loading: boolean;
  items: T[] | undefined;
  render: (item: T) => { id: string; label: string; detail?: string | null; selected?: boolean };
  onPick: (item: T) => void;
}

/** A search box over the backend with its results (the backend filters, cmdk only lists). */
function SearchList<T>({ search, onSearch, placeholder, empty, loading, items, render, onPick }: SearchListProps<T>) {
  const t = useT();
  return (
    <Command shouldFilter={false}>
      <CommandInput value={search} onValueChange={onSearch} placeholder={placeholder} />
      <CommandList>
        {loading && !items ? <p className="py-6 text-center text-sm text-muted-foreground">{t.app.loading}</p> : <CommandEmpty>{empty}</CommandEmpty>}
        {items?.map((item) => {
          const { id, label, detail, selected } = render(item);
          return (
            <CommandItem key={id} value={id} onSelect={() => onPick(item)}>
              <CheckIcon className={cn(!selected && "invisible")} aria-hidden />
              <span className="min-w-0 flex-1 truncate">{label}</span>
              {detail && <span className="text-xs text-muted-foreground">{detail}</span>}
            </CommandItem>
          );
        })}
      </CommandList>
    </Command>
  );
}

function formatCnpj(cnpj: string): string {
  return cnpj.replace(/^(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})$/, "$1.$2.$3/$4-$5");
}

/** One company, searched by name, CNPJ or phone; clearable. */
export function CompanyPicker({ value, onChange, ...control }: FieldControlProps & { value: string | null; onChange: (companyId: string | null) => void }) {
  const t = useT();
  const labels = t.crm.deals;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim());
  const results = useCompanySearch(q, open);
  const selected = useCompany(value);
  const pick = (company: Company) => {
    queryClient.setQueryData(lookupKeys.company(company.id), company);
    onChange(company.id);
    setOpen(false);
  };
  return (
    <div className="flex gap-2">
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <button type="button" {...control} className={cn(fieldClass, "flex items-center justify-between gap-2 text-left")}>
            <span className={cn("truncate", !value && "text-muted-foreground")}>
              {value ? (selected.data ? companyName(selected.data) : t.app.loading) : labels.pickCompany}
            </span>
            <ChevronsUpDownIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          </button>
        </PopoverTrigger>
        <PopoverContent align="start" className="p-0">
          <SearchList
            search={search}
            onSearch={setSearch}
            placeholder={labels.searchCompanies}
            empty={labels.noCompanies}
            loading={results.isFetching}
            items={results.data}
            render={(company) => ({ id: company.id, label: companyName(company), detail: company.cnpj && formatCnpj(company.cnpj), selected: company.id === value })}
            onPick={pick}
          />
        </PopoverContent>
      </Popover>
      {value && (
        <Button variant="ghost" size="icon" aria-label={labels.clearCompany} onClick={() => onChange(null)}>
          <XIcon aria-hidden />
        </Button>
      )}
    </div>
  );
}

function ContactChip({ contactId, onRemove }: { contactId: string; onRemove: () => void }) {
  const t = useT();
  const contact = useContact(contactId);
  const name = contact.data?.name ?? t.app.loading;
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 pr-1 pl-2.5 text-xs">
      {name}
      <button type="button" onClick={onRemove} aria-label={t.crm.deals.removeContact(name)} className="rounded-full p-0.5 hover:bg-accent">
        <XIcon className="size-3" aria-hidden />
      </button>
    </li>
  );
}

/** Several contacts (of the chosen company first, when there is one), added and removed. */
export function ContactsPicker({ value, onChange, companyId, ...control }: FieldControlProps & {
  value: string[];
  onChange: (contactIds: string[]) => void;
  companyId: string | null;
}) {
  const t = useT();
  const labels = t.crm.deals;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [anyCompany, setAnyCompany] = useState(false);
  const q = useDebounced(search.trim());
  const scopedTo = anyCompany ? null : companyId;
  const results = useContactSearch(q, scopedTo, open);
  const toggle = (contact: Contact) => {
    queryClient.setQueryData(lookupKeys.contact(contact.id), contact);
    onChange(value.includes(contact.id) ? value.filter((id) => id !== contact.id) : [...value, contact.id]);
  };
  let footer: ReactNode = null;
  if (companyId) {
    footer = (
      <label className="flex items-center gap-2 border-t p-2 text-xs text-muted-foreground">
        <input type="checkbox" checked={anyCompany} onChange={(e) => setAnyCompany(e.target.checked)} />
        {labels.contactsOfAnyCompany}
      </label>
    );
  }
  return (
    <div className="grid gap-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={labels.contacts}>
          {value.map((id) => <ContactChip key={id} contactId={id} onRemove={() => onChange(value.filter((other) => other !== id))} />)}
        </ul>
      )}
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button variant="outline" size="sm" className="justify-self-start" {...control}>
            <PlusIcon aria-hidden />
            {labels.addContact}
          </Button>
        </PopoverTrigger>
        <PopoverContent align="start" className="p-0">
          <SearchList
            search={search}
            onSearch={setSearch}
            placeholder={labels.searchContacts}
            empty={labels.noContacts}
            loading={results.isFetching}
            items={results.data}
            render={(contact) => ({ id: contact.id, label: contact.name, detail: contact.job_title, selected: value.includes(contact.id) })}
            onPick={toggle}
          />
          {footer}
        </PopoverContent>
      </Popover>
    </div>
  );
}
