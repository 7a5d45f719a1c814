"use client";

import { useRouter } from "next/navigation";

import { PageHeader } from "@/components/page-header";
import { useT } from "@/i18n/i18n-provider";

import { IcpEditor } from "./icp-editor";
import { BackToIcps } from "./icp-page";

/** `/hunter/icps/new`: a new ICP; saved, its page opens. */
export function NewIcpPage() {
  const labels = useT().hunter.icps.form;
  const router = useRouter();
  return (
    <div className="grid gap-4">
      <div className="-mb-2">
        <BackToIcps />
      </div>
      <PageHeader title={labels.newTitle} subtitle={labels.newSubtitle} />
      <IcpEditor onSaved={(icp) => router.push(`/hunter/icps/${icp.id}`)} onCancel={() => router.push("/hunter/icps")} />
    </div>
  );
}
