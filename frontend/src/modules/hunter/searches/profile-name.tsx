"use client";

import Link from "next/link";

import { useT } from "@/i18n/i18n-provider";

import type { Search } from "./queries";
import { useIcp } from "../icps/queries";

/** The ICP a search ran with (name and version, linking to it), or "one-off criteria". */
export function ProfileName({ search, link = true }: { search: Search; link?: boolean }) {
  const t = useT();
  const labels = t.hunter.searches;
  const icp = useIcp(search.icp_id);
  if (!search.icp_id) return <span className="text-muted-foreground">{labels.inlineCriteria}</span>;
  const name = icp.data?.name ?? (icp.isError ? labels.unknownIcp : t.app.loading);
  const text = `${name} · ${t.hunter.icps.versionBadge(search.icp_version ?? 1)}`;
  return link ? <Link href={`/hunter/icps/${search.icp_id}`} className="hover:underline">{text}</Link> : <span>{text}</span>;
}
