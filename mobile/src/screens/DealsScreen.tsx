import { useState } from 'react';
import { ActivityIndicator, ScrollView, StyleSheet, Text } from 'react-native';

import { formatMoney } from '@/i18n/format';
import { useLocale, useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { useBoard, usePipelines } from '@/modules/crm/queries';
import { StageChips } from '@/modules/crm/StageChips';
import { StageDeals } from '@/modules/crm/StageDeals';
import { TasksLink } from '@/modules/crm/TasksLink';
import { useMoveFlow } from '@/modules/crm/useMoveFlow';
import { Chip } from '@/ui/Chip';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { space, type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

/** Deals by stage: pick a pipeline and a stage, open a deal or move it to another stage. */
export function DealsScreen() {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('crm:write');
  const pipelines = usePipelines();
  const [pipelineId, setPipelineId] = useState<string>();
  const [stageId, setStageId] = useState<string>();
  const all = pipelines.data ?? [];
  const pipeline = all.find((p) => p.id === pipelineId) ?? all.find((p) => p.is_default) ?? all[0];
  const board = useBoard(pipeline?.id);
  const columns = board.data?.columns ?? [];
  const column = columns.find((c) => c.stage.id === stageId) ?? columns[0];
  const flow = useMoveFlow(
    pipeline?.id,
    columns.map((c) => c.stage),
  );

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <TasksLink />
      <QueryNotice query={pipelines} />
      {pipelines.isSuccess && all.length === 0 ? (
        <Text style={type.muted}>{t('crm.noPipelines')}</Text>
      ) : null}
      {all.length > 1 ? (
        <ScrollView
          horizontal
          showsHorizontalScrollIndicator={false}
          contentContainerStyle={styles.row}
        >
          {all.map((p) => (
            <Chip
              key={p.id}
              label={p.name}
              accessibilityLabel={t('crm.pipelineOption', { name: p.name })}
              selected={p.id === pipeline?.id}
              onPress={() => setPipelineId(p.id)}
            />
          ))}
        </ScrollView>
      ) : null}
      <QueryNotice query={board} />
      {flow.outcome}
      {board.data ? (
        <>
          <Text style={type.muted}>
            {`${formatMoney(board.data.total_value, locale)} · ${t('crm.deal.weighted', {
              value: formatMoney(board.data.weighted_value, locale),
            })}`}
          </Text>
          <StageChips columns={columns} selected={column?.stage.id} onSelect={setStageId} />
        </>
      ) : null}
      {pipeline && column ? (
        <StageDeals
          key={column.stage.id}
          pipelineId={pipeline.id}
          column={column}
          onMove={canWrite ? flow.start : undefined}
        />
      ) : (
        (pipelines.isPending || (pipeline && board.isPending)) && <ActivityIndicator />
      )}
      {flow.sheet}
    </Screen>
  );
}

const styles = StyleSheet.create({ row: { gap: space.sm } });
