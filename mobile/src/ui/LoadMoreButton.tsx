import { useT } from '@/i18n';

import { Button } from './Button';

/** "Load more" under a list read page by page. */
export function LoadMoreButton({ loading, onPress }: { loading: boolean; onPress: () => void }) {
  const t = useT();
  return (
    <Button
      label={loading ? t('common.loadingMore') : t('common.loadMore')}
      variant="secondary"
      disabled={loading}
      onPress={onPress}
    />
  );
}
