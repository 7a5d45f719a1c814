"use client";

import { KeyRoundIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { RevokeButton } from "@/components/revoke-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useNewParam } from "@/lib/use-new-param";

import { useApiKeys, useRevokeApiKey, type CreatedApiKey } from "../queries";
import { CreateKeyDialog } from "./create-key-dialog";
import { SecretDialog } from "./secret-dialog";

export function ApiKeysPage() {
  const t = useT();
  const labels = t.admin.apiKeys;
  const writable = can(useCurrentUser(), "admin:write");
  const [showRevoked, setShowRevoked] = useState(false);
  const keys = useApiKeys(showRevoked);
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useNewParam();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const items = pageItems(keys.data);

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Button onClick={() => setCreating(true)}>
            <KeyRoundIcon aria-hidden />
            {labels.create}
          </Button>
        )}
      />
      <div className="mb-4 flex items-center gap-2">
        <Checkbox id="show-revoked" checked={showRevoked} onCheckedChange={(checked) => setShowRevoked(checked === true)} />
        <Label htmlFor="show-revoked">{labels.showRevoked}</Label>
      </div>
      <QueryTable
        query={keys}
        empty={labels.empty}
        isEmpty={items.length === 0}
        headers={[
          labels.name,
          labels.prefix,
          labels.role,
          labels.scopes,
          labels.lastUsed,
          labels.expiresAt,
          writable ? <span className="sr-only">{labels.revoke}</span> : null,
        ]}
      >
        {items.map((key) => (
          <TableRow key={key.id}>
            <TableCell className="font-medium">
              {key.name}
              {key.revoked_at && (
                <div><Badge>{labels.revokedOn(formatDate(key.revoked_at))}</Badge></div>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
            <TableCell>{t.roles[key.role]}</TableCell>
            <TableCell>{key.scopes.length === 0 ? labels.allScopes : labels.scopesCount(key.scopes.length)}</TableCell>
            <TableCell className="whitespace-nowrap">{key.last_used_at ? formatDateTime(key.last_used_at) : labels.neverUsed}</TableCell>
            <TableCell className="whitespace-nowrap">{key.expires_at ? formatDate(key.expires_at) : labels.noExpiry}</TableCell>
            {writable && (
              <TableCell className="text-right">
                {!key.revoked_at && (
                  <RevokeButton id={key.id} subject={key.name} texts={labels} mutation={revoke} />
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...keys} />
      <CreateKeyDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      <SecretDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
