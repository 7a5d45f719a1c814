"use client";

import { PlusIcon, UploadIcon } from "lucide-react";
import Link from "next/link";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useNewParam } from "@/lib/use-new-param";

import { cityOf, companyName } from "../display";
import { BRAZIL_STATES, formatCnpj, formatPhone, websiteHref } from "../identifiers";
import { RecordList } from "../list/record-list";
import { TagChips } from "../list/tag-chips";
import { useListState } from "../list/use-list-state";
import { useOwnerName } from "../owners";
import { useCompanies, type Company, type CompanySize } from "../queries";
import { CompanyDialog, SIZES } from "./company-dialog";

export function CompaniesPage() {
  const t = useT();
  const labels = t.crm.records;
  const writable = can(useCurrentUser(), "crm:write");
  const list = useListState("company");
  const companies = useCompanies(list.queryFilters, list.state.sort);
  const [creating, setCreating] = useNewParam();
  const ownerName = useOwnerName();
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
      case "phones": {
        const [first, ...rest] = company.phones;
        if (!first) return t.app.none;
        return <span className="whitespace-nowrap">{formatPhone(String(first.number))}{rest.length > 0 && <span className="text-muted-foreground"> +{rest.length}</span>}</span>;
      }
      case "address": return cityOf(company.address) || t.app.none;
      case "tags": return <TagChips ids={company.tag_ids} />;
      case "owner_id": return ownerName(company.owner_id);
      case "created_at": return <span className="whitespace-nowrap">{formatDate(company.created_at)}</span>;
      default: return null;
    }
  };

  return (
    <>
      <PageHeader
        title={labels.companiesTitle}
        subtitle={labels.companiesSubtitle}
        actions={writable && (
          <>
            <Link href="/crm/import" className={buttonVariants({ variant: "outline" })}>
              <UploadIcon aria-hidden />
              {labels.importTitle}
            </Link>
            <Button onClick={() => setCreating(true)}>
              <PlusIcon aria-hidden />
              {labels.newCompany}
            </Button>
          </>
        )}
      />
      <RecordList
        entity="company"
        list={list}
        query={companies}
        searchPlaceholder={labels.list.searchCompanies}
        empty={labels.list.emptyCompanies}
        nameOf={companyName}
        detailOf={(company) => (company.trade_name ? company.legal_name : null)}
        hrefOf={(company) => `/crm/companies/${company.id}`}
        cell={cell}
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
      <CompanyDialog company={null} open={creating} onOpenChange={setCreating} />
    </>
  );
}
