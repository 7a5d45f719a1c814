import { Redirect } from 'expo-router';
import type { ReactNode } from 'react';

import { useMe } from '@/modules/auth/queries';

/** Reached by a link or a push: whoever may not read the CRM lands on the home screen. */
export function CrmGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.data && !me.data.permissions.includes('crm:read')) return <Redirect href="/" />;
  return children;
}
