import { RequirePermission } from '@/modules/auth/RequirePermission';
import { ApprovalsScreen } from '@/screens/ApprovalsScreen';

export default function ApprovalsRoute() {
  return (
    <RequirePermission permission="agents:read">
      <ApprovalsScreen />
    </RequirePermission>
  );
}
