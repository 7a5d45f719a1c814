import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { InboxPage } from "@/modules/sdr/conversations/inbox-page";

export const generateMetadata = titled((t) => t.sdr.conversations.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <InboxPage />
    </RequirePermission>
  );
}
