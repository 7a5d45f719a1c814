import { Redirect } from 'expo-router';

import { useMe } from '@/modules/auth/queries';
import { ApprovalsScreen } from '@/screens/ApprovalsScreen';

/** Reached by a link or a push; whoever may not see the queue lands on the home screen. */
export default function ApprovalsRoute() {
  const me = useMe();
  if (me.data && !me.data.permissions.includes('agents:read')) return <Redirect href="/" />;
  return <ApprovalsScreen />;
}
