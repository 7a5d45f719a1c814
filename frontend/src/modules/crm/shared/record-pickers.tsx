"use client";

import { CheckIcon, ChevronsUpDownIcon, PlusIcon, XIcon } from "lucide-react";
import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { fieldClass } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj } from "@/lib/br-identifiers";
import { cn } from "@/lib/cn";
import { useDebounced } from "@/lib/use-debounced";

import { companyName, lookedUpName } from "./display";
import { useCompaniesByIds, useCompanySearch, useContactsByIds, useContactSearch, type Company, type Contact } from "./queries";

/** What a FormField hands its control. */
interface FieldControlProps {
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** A picker's popover state and what is typed in its search box (debounced for the backend). */
function usePickerSearch() {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  return { open, setOpen, search, setSearch, q: useDebounced(search.trim()) };
}

interface SearchPopoverProps<T> {
  picker: ReturnType<typeof usePickerSearch>;
  /** The button that opens it. */
  trigger: ReactNode;
  placeholder: string;
  empty: string;
  results: { isFetching: boolean; data: T[] | undefined };
  render: (item: T) => { id: string; label: string; detail?: string | null; selected?: boolean };
  onPick: (item: T) => void;
  footer?: ReactNode;
}

/** A popover with a search box over the backend and its results (the backend filters, cmdk only lists). */
function SearchPopover<T>({ picker, trigger, placeholder, empty, results, render, onPick, footer }: SearchPopoverProps<T>) {
  const t = useT();
  const items = results.data;
  return (
    <Popover open={picker.open} onOpenChange={picker.setOpen}>
      <PopoverTrigger asChild>{trigger}</PopoverTrigger>
      <PopoverContent align="start" className="p-0">
        <Command shouldFilter={false} label={placeholder}>
          <CommandInput value={picker.search} onValueChange={picker.setSearch} placeholder={placeholder} />
          <CommandList>
            {results.isFetching && !items ? <p className="py-6 text-center text-sm text-muted-foreground">{t.app.loading}</p> : <CommandEmpty>{empty}</CommandEmpty>}
            {items?.map((item) => {
              const { id, label, detail, selected } = render(item);
              return (
                <CommandItem key={id} value={id} onSelect={() => onPick(item)}>
                  <CheckIcon className={cn(!selected && "invisible")} aria-hidden />
                  <span className="min-w-0 flex-1 truncate">{label}</span>
                  {detail && <span className="truncate text-xs text-muted-foreground">{detail}</span>}
                </CommandItem>
              );
            })}
          </CommandList>
        </Command>
        {footer}
      </PopoverContent>
    </Popover>
  );
}

/** Under a company's name in a list: its CNPJ, or its legal name when it goes by a trade name. */
function companyDetail(company: Company): string | null {
  if (company.cnpj) return formatCnpj(company.cnpj);
  return company.trade_name ? company.legal_name : null;
}

interface CompanyPickerProps extends FieldControlProps {
  value: string | null;
  onChange: (companyId: string | null) => void;
  /** The trigger's text while none is chosen (default: "Choose a company"). */
  placeholder?: string;
}

/** One company, searched by name, CNPJ or phone; clearable. */
export function CompanyPicker({ value, onChange, placeholder, ...control }: CompanyPickerProps) {
  const t = useT();
  const labels = t.crm.shared.pickers;
  const picker = usePickerSearch();
  // the one just picked names itself at once; another (the form's initial value) is looked up
  const [picked, setPicked] = useState<Company | null>(null);
  const results = useCompanySearch(picker.q, picker.open);
  const lookedUp = useCompaniesByIds(value && value !== picked?.id ? [value] : []);
  const selected = !value ? null : picked?.id === value ? picked : lookedUp.get(value);
  const pick = (company: Company) => {
    setPicked(company);
    onChange(company.id);
    picker.setOpen(false);
  };
  const trigger = (
    <button type="button" {...control} className={cn(fieldClass, "flex items-center justify-between gap-2 text-left")}>
      <span className={cn("truncate", !value && "text-muted-foreground")}>
        {value ? lookedUpName(selected, companyName, t.app.none) : placeholder ?? labels.pickCompany}
      </span>
      <ChevronsUpDownIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
    </button>
  );
  return (
    <div className="flex gap-2">
      <SearchPopover
        picker={picker}
        trigger={trigger}
        placeholder={labels.searchCompanies}
        empty={labels.noCompanies}
        results={results}
        render={(company) => ({ id: company.id, label: companyName(company), detail: companyDetail(company), selected: company.id === value })}
        onPick={pick}
      />
      {value && (
        <Button variant="ghost" size="icon" aria-label={labels.clearCompany} onClick={() => onChange(null)}>
          <XIcon aria-hidden />
        </Button>
      )}
    </div>
  );
}

function ContactChip({ name, onRemove }: { name: string; onRemove: () => void }) {
  const labels = useT().crm.shared.pickers;
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 pr-1 pl-2.5 text-xs">
      {name}
      <button type="button" onClick={onRemove} aria-label={labels.removeContact(name)} className="rounded-full p-0.5 hover:bg-accent">
        <XIcon className="size-3" aria-hidden />
      </button>
    </li>
  );
}

interface ContactsPickerProps extends FieldControlProps {
  value: string[];
  onChange: (contactIds: string[]) => void;
  /** The chosen company: its contacts are offered first. */
  companyId: string | null;
}

/** Several contacts (of the chosen company first, when there is one), added and removed. */
export function ContactsPicker({ value, onChange, companyId, ...control }: ContactsPickerProps) {
  const t = useT();
  const labels = t.crm.shared.pickers;
  const picker = usePickerSearch();
  const [anyCompany, setAnyCompany] = useState(false);
  const [picked, setPicked] = useState<ReadonlyMap<string, Contact>>(new Map());
  const results = useContactSearch(picker.q, anyCompany ? null : companyId, picker.open);
  const lookedUp = useContactsByIds(value.filter((id) => !picked.has(id)));
  const toggle = (contact: Contact) => {
    setPicked(new Map(picked).set(contact.id, contact));
    onChange(value.includes(contact.id) ? value.filter((id) => id !== contact.id) : [...value, contact.id]);
  };
  const footer = companyId && (
    <label className="flex items-center gap-2 border-t p-2 text-xs text-muted-foreground">
      <input type="checkbox" checked={anyCompany} onChange={(e) => setAnyCompany(e.target.checked)} />
      {labels.contactsOfAnyCompany}
    </label>
  );
  return (
    <div className="grid gap-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={labels.contacts}>
          {value.map((id) => (
            <ContactChip
              key={id}
              name={lookedUpName(picked.get(id) ?? lookedUp.get(id), (contact) => contact.name, t.app.none)}
              onRemove={() => onChange(value.filter((other) => other !== id))}
            />
          ))}
        </ul>
      )}
      <SearchPopover
        picker={picker}
        trigger={
          <Button variant="outline" size="sm" className="justify-self-start" {...control}>
            <PlusIcon aria-hidden />
            {labels.addContact}
          </Button>
        }
        placeholder={labels.searchContacts}
        empty={labels.noContacts}
        results={results}
        render={(contact) => ({ id: contact.id, label: contact.name, detail: contact.job_title, selected: value.includes(contact.id) })}
        onPick={toggle}
        footer={footer}
      />
    </div>
  );
}
