"use client";

import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";
import { BRAZIL_STATES, formatCnpj, websiteHref } from "@/lib/br-identifiers";

import { cityOf, companyName } from "../../shared/display";
import { RecordListPage } from "../list/record-list-page";
import { useListState } from "../list/use-list-state";
import { useCompanies, type Company, type CompanySize } from "../queries";
import { CompanyDialog, SIZES } from "./company-dialog";

export function CompaniesPage() {
  const t = useT();
  const labels = t.crm.records;
  const list = useListState("company");
  const companies = useCompanies(list.queryFilters, list.state.sort);
  const { filters } = list.state;

  const cell = (company: Company, column: string) => {
    switch (column) {
      case "trade_name": return company.trade_name ?? t.app.none;
      case "cnpj": return company.cnpj ? <span className="font-mono text-xs whitespace-nowrap">{formatCnpj(company.cnpj)}</span> : t.app.none;
      case "industry": return company.industry ?? t.app.none;
      case "size": return company.size ? labels.sizes[company.size] : t.app.none;
      case "website":
        return company.website
          ? <a href={websiteHref(company.website)} target="_blank" rel="noreferrer" className="text-primary hover:underline">{company.domain ?? company.website}</a>
          : t.app.none;
      case "address": return cityOf(company.address) || t.app.none;
      default: return null;
    }
  };

  return (
    <RecordListPage
      entity="company"
      list={list}
      query={companies}
      nameOf={companyName}
      detailOf={(company) => (company.trade_name ? company.legal_name : null)}
      cell={cell}
      createDialog={(open, onOpenChange) => <CompanyDialog company={null} open={open} onOpenChange={onOpenChange} />}
      filters={
        <>
          <FormField label={labels.list.size}>
            <NativeSelect value={filters.size ?? ""} onChange={(e) => list.setFilters({ ...filters, size: (e.target.value || undefined) as CompanySize | undefined })}>
              <option value="">{labels.list.any}</option>
              {SIZES.map((size) => <option key={size} value={size}>{labels.sizes[size]}</option>)}
            </NativeSelect>
          </FormField>
          <FormField label={labels.list.industry}>
            <Input value={filters.industry ?? ""} onChange={(e) => list.setFilters({ ...filters, industry: e.target.value })} />
          </FormField>
          <FormField label={labels.list.state}>
            <NativeSelect value={filters.state ?? ""} onChange={(e) => list.setFilters({ ...filters, state: e.target.value || undefined })}>
              <option value="">{labels.list.any}</option>
              {BRAZIL_STATES.map((uf) => <option key={uf} value={uf}>{uf}</option>)}
            </NativeSelect>
          </FormField>
        </>
      }
    />
  );
}
