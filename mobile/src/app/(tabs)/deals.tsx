import { RequirePermission } from '@/modules/auth/RequirePermission';
import { DealsScreen } from '@/screens/DealsScreen';

export default function DealsRoute() {
  return (
    <RequirePermission permission="crm:read">
      <DealsScreen />
    </RequirePermission>
  );
}
