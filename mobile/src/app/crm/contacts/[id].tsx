import { useLocalSearchParams } from 'expo-router';

import { RequirePermission } from '@/modules/auth/RequirePermission';
import { ContactScreen } from '@/screens/ContactScreen';

export default function ContactRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  return (
    <RequirePermission permission="crm:read">
      <ContactScreen key={id} id={id} />
    </RequirePermission>
  );
}
