import { useLocalSearchParams } from 'expo-router';

import { RequirePermission } from '@/modules/auth/RequirePermission';
import { DealScreen } from '@/screens/DealScreen';

export default function DealRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  return (
    <RequirePermission permission="crm:read">
      <DealScreen key={id} id={id} />
    </RequirePermission>
  );
}
