import { Redirect } from 'expo-router';
import type { ReactNode } from 'react';

import type { Schema } from '@/api/client';

import { useMe } from './queries';

type Props = { permission: Schema<'Permission'>; children: ReactNode };

/** Reached by a link or a push: whoever lacks `permission` lands on the home screen. */
export function RequirePermission({ permission, children }: Props) {
  const me = useMe();
  if (me.data && !me.data.permissions.includes(permission)) return <Redirect href="/" />;
  return children;
}
