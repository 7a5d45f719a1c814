import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ConversationPage } from "@/modules/sdr/conversations/conversation-page";

export const generateMetadata = titled((t) => t.sdr.conversations.conversationTitle);

export default async function Page({ params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  const { id, enrollmentId } = await params;
  return (
    <RequirePermission permission="sdr:read">
      <ConversationPage campaignId={id} enrollmentId={enrollmentId} />
    </RequirePermission>
  );
}
