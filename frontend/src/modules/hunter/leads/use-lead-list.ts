"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { readListParams, writeListParams, type LeadListParams } from "./list-params";
import type { LeadFilters, LeadSort } from "./queries";

/** The leads list's state, kept in the address: filters, sort and the lead open in the drawer. */
export function useLeadList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = params.toString();
  const state = useMemo(() => readListParams(new URLSearchParams(raw)), [raw]);

  const go = useCallback(
    (next: LeadListParams) => {
      const query = writeListParams(next).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router],
  );

  return {
    ...state,
    setFilters: (filters: LeadFilters) => go({ ...state, filters }),
    setSort: (sort: LeadSort) => go({ ...state, sort }),
    openLead: (lead: string | null) => go({ ...state, lead }),
  };
}
