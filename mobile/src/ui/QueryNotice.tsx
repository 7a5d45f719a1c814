import { formatTime } from '@/i18n/format';
import { useT } from '@/i18n';

import { Notice } from './Notice';

type QueryLike = { isError: boolean; data?: unknown; dataUpdatedAt: number };

/** When a refetch failed: "offline, showing what was saved at HH:mm", or "could not load". */
export function QueryNotice({ query }: { query: QueryLike }) {
  const t = useT();
  if (!query.isError) return null;
  return query.data !== undefined && query.dataUpdatedAt > 0 ? (
    <Notice text={t('common.offline', { time: formatTime(new Date(query.dataUpdatedAt)) })} />
  ) : (
    <Notice tone="error" text={t('common.loadFailed')} />
  );
}
