"use client";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useT } from "@/i18n/i18n-provider";

import { useRoles } from "../queries";

/** Each role and the permissions it grants (the seed's permission matrix, from the backend). */
export function RolesOverview() {
  const t = useT();
  const roles = useRoles();
  if (!roles.data) return null;
  return (
    <Card className="mt-8">
      <CardHeader>
        <CardTitle>{t.admin.users.rolesTitle}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2">
        {roles.data.map((role) => (
          <details key={role.role} className="rounded-md border px-3 py-2">
            <summary className="cursor-pointer text-sm font-medium">
              {t.roles[role.role]}{" "}
              <span className="font-normal text-muted-foreground">· {t.admin.users.permissionsCount(role.permissions.length)}</span>
            </summary>
            <div className="mt-2 flex flex-wrap gap-1">
              {role.permissions.map((permission) => (
                <Badge key={permission} className="font-mono">{permission}</Badge>
              ))}
            </div>
          </details>
        ))}
      </CardContent>
    </Card>
  );
}
