import { Text } from 'react-native';

import { useT } from '@/i18n';
import { LoadMoreButton } from '@/ui/LoadMoreButton';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';

import { DealRow } from './DealRow';
import { type BoardColumn, type DealSummary, useStageDeals } from './queries';

type Props = {
  pipelineId: string;
  column: BoardColumn;
  onMove?: (deal: DealSummary) => void;
};

/** The deals of the selected stage, in board order, page by page. */
export function StageDeals({ pipelineId, column, onMove }: Props) {
  const t = useT();
  const { deals, hasMore, loadingMore, loadMore, query } = useStageDeals(pipelineId, column);

  return (
    <Section title={column.stage.name}>
      {deals.length === 0 ? <Text style={type.muted}>{t('crm.stageEmpty')}</Text> : null}
      {deals.map((deal) => (
        <DealRow key={deal.id} deal={deal} onMove={onMove} />
      ))}
      <QueryNotice query={query} />
      {hasMore ? <LoadMoreButton loading={loadingMore} onPress={loadMore} /> : null}
    </Section>
  );
}
