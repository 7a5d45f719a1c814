import { ScrollView, StyleSheet } from 'react-native';

import { formatMoney } from '@/i18n/format';
import { useLocale, useT } from '@/i18n';
import { Chip } from '@/ui/Chip';
import { space } from '@/ui/theme';

import type { BoardColumn } from './queries';
import { dealsCount } from './wording';

type Props = {
  columns: BoardColumn[];
  selected: string | undefined;
  onSelect: (id: string) => void;
};

/** The stages of the board, each with its count and total in reais. */
export function StageChips({ columns, selected, onSelect }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <ScrollView
      horizontal
      showsHorizontalScrollIndicator={false}
      contentContainerStyle={styles.row}
    >
      {columns.map(({ stage, count, total_value }) => {
        const summary = `${dealsCount(t, count)} · ${formatMoney(total_value, locale)}`;
        return (
          <Chip
            key={stage.id}
            label={stage.name}
            detail={summary}
            selected={stage.id === selected}
            accessibilityLabel={t('crm.stageLabel', {
              stage: stage.name,
              count: dealsCount(t, count),
              total: formatMoney(total_value, locale),
            })}
            onPress={() => onSelect(stage.id)}
          />
        );
      })}
    </ScrollView>
  );
}

const styles = StyleSheet.create({ row: { gap: space.sm } });
