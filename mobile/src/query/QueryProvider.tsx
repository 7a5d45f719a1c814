import AsyncStorage from '@react-native-async-storage/async-storage';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { focusManager, QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { type ReactNode, useEffect, useState } from 'react';
import { AppState, Platform } from 'react-native';

import { ApiError } from '@/api/problem';
import { useSession } from '@/session/store';

const DAY = 24 * 60 * 60 * 1000;
/** Bump when a cached shape changes, so old caches are dropped instead of misread. */
const CACHE_VERSION = '1';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // a weak connection: show what was saved, refetch in the background
        networkMode: 'offlineFirst',
        gcTime: DAY,
        staleTime: 30_000,
        // a 4xx will not change by asking again
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: { networkMode: 'offlineFirst', retry: false },
    },
  });
}

const persister = createAsyncStoragePersister({
  storage: AsyncStorage,
  key: 'somos.query-cache',
  throttleTime: 2000,
});

/** Refetch stale queries when the app comes back to the foreground. */
function useAppStateFocus() {
  useEffect(() => {
    if (Platform.OS === 'web') return; // the browser's own focus events already do it
    const subscription = AppState.addEventListener('change', (state) =>
      focusManager.setFocused(state === 'active'),
    );
    return () => subscription.remove();
  }, []);
}

/** A signed-out phone keeps nothing of the last user's data. */
function useClearOnSignOut(client: QueryClient) {
  const signedOut = useSession((s) => s.status === 'signedOut');
  useEffect(() => {
    if (!signedOut) return;
    client.clear();
    void persister.removeClient();
  }, [client, signedOut]);
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useAppStateFocus();
  useClearOnSignOut(client);
  return (
    <PersistQueryClientProvider
      client={client}
      persistOptions={{ persister, maxAge: DAY, buster: CACHE_VERSION }}
    >
      {children}
    </PersistQueryClientProvider>
  );
}
