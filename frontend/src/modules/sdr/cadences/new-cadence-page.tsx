"use client";

import { useRouter } from "next/navigation";

import { PageHeader } from "@/components/page-header";
import { useT } from "@/i18n/i18n-provider";

import { CadenceBuilder } from "./cadence-builder";
import { BackLink } from "../shared/back-link";

/** `/sdr/cadences/new`: the builder; saved, the cadence's page opens. */
export function NewCadencePage() {
  const labels = useT().sdr.cadences;
  const router = useRouter();
  return (
    <div className="grid gap-4">
      <div className="-mb-2">
        <BackLink href="/sdr/cadences" label={labels.back} />
      </div>
      <PageHeader title={labels.newTitle} subtitle={labels.newSubtitle} />
      <CadenceBuilder onSaved={(cadence) => router.push(`/sdr/cadences/${cadence.id}`)} onCancel={() => router.push("/sdr/cadences")} />
    </div>
  );
}
