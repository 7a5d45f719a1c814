import { RequirePermission } from '@/modules/auth/RequirePermission';
import { SdrApprovalsScreen } from '@/screens/SdrApprovalsScreen';

export default function SdrApprovalsRoute() {
  return (
    <RequirePermission permission="sdr:read">
      <SdrApprovalsScreen />
    </RequirePermission>
  );
}
