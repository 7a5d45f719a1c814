import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, type Schema } from '@/api/client';
import { unwrap } from '@/api/problem';
import { unregisterThisDevice } from '@/modules/notifications/queries';
import { useSession } from '@/session/store';
import { tokensFrom } from '@/session/tokens';

export type Me = Schema<'MeRead'>;
export type Role = Schema<'Role'>;

/** The roles this app is for; a Cliente uses the portal, an Agente_IA the API. */
export const STAFF_ROLES: readonly Role[] = ['Admin', 'Diretor', 'Comercial', 'Campo'];

export const meKey = ['auth', 'me'] as const;

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: () => unwrap(api.GET('/api/v1/auth/me')) });
}

export function useCan(permission: Schema<'Permission'>): boolean {
  return useMe().data?.permissions.includes(permission) ?? false;
}

/** `notStaff`: the credentials were right, but the account is not for this app. */
export type LoginOutcome = 'signedIn' | 'notStaff';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Schema<'LoginRequest'>): Promise<LoginOutcome> => {
      const pair = await unwrap(api.POST('/api/v1/auth/login', { body: credentials }));
      const me = await unwrap(
        api.GET('/api/v1/auth/me', { headers: { Authorization: `Bearer ${pair.access_token}` } }),
      );
      if (!STAFF_ROLES.includes(me.role)) {
        await api.POST('/api/v1/auth/logout', { body: { refresh_token: pair.refresh_token } });
        return 'notStaff';
      }
      queryClient.setQueryData(meKey, me);
      await useSession.getState().signIn(tokensFrom(pair));
      return 'signedIn';
    },
  });
}

/** Stops this phone's pushes, revokes the session, forgets it. Offline, it still signs out. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = useSession.getState().tokens?.refreshToken;
      await unregisterThisDevice(queryClient).catch(() => undefined);
      if (refreshToken) {
        await api
          .POST('/api/v1/auth/logout', { body: { refresh_token: refreshToken } })
          .catch(() => undefined);
      }
      await useSession.getState().signOut('user');
    },
  });
}
