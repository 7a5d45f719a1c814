import { useLocalSearchParams } from 'expo-router';

import { RequirePermission } from '@/modules/auth/RequirePermission';
import { ConversationScreen } from '@/screens/ConversationScreen';

export default function ConversationRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  return (
    <RequirePermission permission="sdr:read">
      <ConversationScreen key={id} id={id} />
    </RequirePermission>
  );
}
