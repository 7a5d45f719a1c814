"use client";

import { BuildingIcon, ContactIcon, HandshakeIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj } from "@/lib/br-identifiers";
import { useDebounced } from "@/lib/use-debounced";

import { useCrmSearch, type SearchResults } from "../queries";

type Group = keyof SearchResults;
const GROUPS: { group: Group; icon: LucideIcon; href: (id: string) => string }[] = [
  { group: "companies", icon: BuildingIcon, href: (id) => `/crm/companies/${id}` },
  { group: "contacts", icon: ContactIcon, href: (id) => `/crm/contacts/${id}` },
  { group: "deals", icon: HandshakeIcon, href: (id) => `/crm/deals/${id}` },
];

/** A company's subtitle is its CNPJ as 14 digits (or its legal name): the CNPJ is shown masked. */
function subtitleOf(group: Group, subtitle: string | null): string | null {
  if (group === "companies" && subtitle && /^\d{14}$/.test(subtitle)) return `CNPJ ${formatCnpj(subtitle)}`;
  return subtitle;
}

/** `/crm/search?q=`: companies, contacts and deals matching the words, grouped, each a link. */
export function SearchPage() {
  const t = useT();
  const labels = t.crm.records.search;
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const fromUrl = params.get("q") ?? "";
  const [text, setText] = useState(fromUrl);
  const q = useDebounced(text.trim());
  const search = useCrmSearch(q, 20);

  // a search started elsewhere (the command palette) replaces what was typed here
  const [seenUrl, setSeenUrl] = useState(fromUrl);
  if (fromUrl !== seenUrl) {
    setSeenUrl(fromUrl);
    if (fromUrl.trim() !== text.trim()) setText(fromUrl);
  }
  // the URL follows what was typed, so the results can be reloaded and shared
  useEffect(() => {
    if (q === new URLSearchParams(window.location.search).get("q")?.trim()) return;
    if (!q && !window.location.search) return;
    router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname);
  }, [q, pathname, router]);

  const total = search.data ? GROUPS.reduce((sum, { group }) => sum + search.data[group].length, 0) : 0;
  const deal = t.crm.shared.dealStatuses as Record<string, string>;

  return (
    <>
      <PageHeader title={t.crm.records.searchTitle} subtitle={labels.subtitle} />
      <div className="mb-6 max-w-xl">
        <FormField label={labels.label}>
          <Input type="search" autoFocus placeholder={labels.placeholder} value={text} onChange={(e) => setText(e.target.value)} />
        </FormField>
      </div>
      {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      {q.length >= 2 && search.isPending && <Skeleton className="h-24" />}
      {search.data && total === 0 && <p className="text-sm text-muted-foreground">{labels.empty(q)}</p>}
      {search.data && total > 0 && (
        <div className="grid gap-4 lg:grid-cols-3">
          {GROUPS.filter(({ group }) => search.data[group].length > 0).map(({ group, icon: Icon, href }) => (
            <Card key={group}>
              <CardHeader>
                <CardTitle className="flex items-center gap-2">
                  <Icon className="size-4 text-muted-foreground" aria-hidden />
                  {labels[group]} <span className="text-sm font-normal text-muted-foreground">({search.data[group].length})</span>
                </CardTitle>
              </CardHeader>
              <CardContent>
                <ul className="grid divide-y" aria-label={labels[group]}>
                  {search.data[group].map((hit) => {
                    const subtitle = group === "deals" ? deal[hit.subtitle ?? ""] ?? hit.subtitle : subtitleOf(group, hit.subtitle);
                    return (
                      <li key={hit.id} className="grid py-2">
                        <Link href={href(hit.id)} className="font-medium hover:underline">{hit.title}</Link>
                        <span className="text-xs text-muted-foreground">
                          {[subtitle, hit.value ? formatMoney(Number(hit.value)) : null].filter(Boolean).join(" · ")}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </CardContent>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
