import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ContactsPage } from "@/modules/crm/records/contacts/contacts-page";

export const generateMetadata = titled((t) => t.crm.records.contactsTitle);

export default function Page() {
  return (
    <RequirePermission permission="crm:read">
      <ContactsPage />
    </RequirePermission>
  );
}
