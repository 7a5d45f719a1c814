import { RequirePermission } from '@/modules/auth/RequirePermission';
import { RepliesScreen } from '@/screens/RepliesScreen';

export default function RepliesRoute() {
  return (
    <RequirePermission permission="sdr:read">
      <RepliesScreen />
    </RequirePermission>
  );
}
