"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { LeadPicker, MAX_CAMPAIGN_LEADS } from "./lead-picker";
import { useCreateCampaign } from "./queries";
import { CadenceSteps } from "../cadences/cadence-steps";
import { useCadences } from "../cadences/queries";
import { BackLink } from "../shared/back-link";

const FIELDS = ["name", "cadence_id", "lead_ids"] as const;

/** Ids from `?leads=a,b` (the hunter's selection), at most a campaign's worth. */
export function leadIdsOf(param: string | null): string[] {
  return [...new Set((param ?? "").split(",").map((id) => id.trim()).filter(Boolean))].slice(0, MAX_CAMPAIGN_LEADS);
}

/** `/sdr/campaigns/new`: a name, a cadence and approved leads (`?cadence=` and `?leads=` preselect them). */
export function NewCampaignPage() {
  const t = useT();
  const labels = t.sdr.campaigns.new;
  const router = useRouter();
  const params = useSearchParams();
  const cadences = useCadences();
  const [name, setName] = useState("");
  const [cadenceId, setCadenceId] = useState(params.get("cadence") ?? "");
  const [selected, setSelected] = useState<Set<string>>(() => new Set(leadIdsOf(params.get("leads"))));
  const create = useCreateCampaign();
  const errors = formErrors(create.error, FIELDS, t);
  const cadence = cadences.data?.find((item) => item.id === cadenceId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), cadence_id: cadenceId, lead_ids: [...selected] }, {
      onSuccess: (campaign) => {
        toast.success(labels.created(campaign.name, campaign.enrollments.filter((e) => e.status === "pending_approval").length));
        router.push(`/sdr/campaigns/${campaign.id}`);
      },
    });
  };

  return (
    <div className="grid gap-4">
      <div className="-mb-2">
        <BackLink href="/sdr/campaigns" label={t.sdr.campaigns.back} />
      </div>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <form onSubmit={submit} noValidate className="grid gap-6">
        <Card>
          <CardContent className="grid items-start gap-4 pt-4 md:grid-cols-2">
            <FormField label={labels.name} error={errors.field("name")}>
              <Input required maxLength={120} value={name} placeholder={labels.namePlaceholder} onChange={(e) => setName(e.target.value)} />
            </FormField>
            <div className="grid gap-3">
              <FormField label={labels.cadence} error={errors.field("cadence_id")}>
                <NativeSelect required value={cadenceId} onChange={(e) => setCadenceId(e.target.value)}>
                  <option value="">{cadences.data?.length === 0 ? labels.noCadences : labels.pickCadence}</option>
                  {cadences.data?.map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}
                </NativeSelect>
              </FormField>
              {cadence && <CadenceSteps cadence={cadence} />}
              {cadences.data?.length === 0 && <Link href="/sdr/cadences/new" className="text-sm text-primary hover:underline">{labels.createCadence}</Link>}
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{labels.leads}</CardTitle>
            <CardDescription>{labels.leadsHint}</CardDescription>
          </CardHeader>
          <CardContent>
            <LeadPicker selected={selected} onChange={setSelected} error={errors.field("lead_ids")} />
            {selected.size >= MAX_CAMPAIGN_LEADS && <p className="pt-2 text-xs text-muted-foreground">{labels.maxLeads(MAX_CAMPAIGN_LEADS)}</p>}
          </CardContent>
        </Card>
        <FormAlert message={errors.general} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={create.isPending || selected.size === 0 || !cadenceId}>
            {create.isPending ? labels.saving : labels.create(selected.size)}
          </Button>
          <Button variant="outline" onClick={() => router.push("/sdr/campaigns")}>{t.app.cancel}</Button>
        </div>
      </form>
    </div>
  );
}
