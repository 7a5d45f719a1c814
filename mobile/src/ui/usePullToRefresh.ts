import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

/** Pull to refresh: refetches every query the screen shows. */
export function usePullToRefresh(): { refreshing: boolean; onRefresh: () => void } {
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const onRefresh = useCallback(() => {
    setRefreshing(true);
    void queryClient.refetchQueries({ type: 'active' }).finally(() => setRefreshing(false));
  }, [queryClient]);
  return { refreshing, onRefresh };
}
