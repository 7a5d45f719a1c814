import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ContactDetail } from "@/modules/crm/records/contacts/contact-detail";

export const generateMetadata = titled((t) => t.crm.records.contact);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="crm:read">
      <ContactDetail key={id} id={id} />
    </RequirePermission>
  );
}
