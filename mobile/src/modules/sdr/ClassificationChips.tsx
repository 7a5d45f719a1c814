import { ScrollView, StyleSheet } from 'react-native';

import { useT } from '@/i18n';
import { Chip } from '@/ui/Chip';
import { space } from '@/ui/theme';

import type { ReplyClass } from './queries';
import { classificationLabel, CLASSIFICATIONS } from './wording';

type Props = {
  selected: ReplyClass | null;
  onSelect: (classification: ReplyClass | null) => void;
};

/** The inbox's filter: all replies, or one class of them. */
export function ClassificationChips({ selected, onSelect }: Props) {
  const t = useT();
  return (
    <ScrollView
      horizontal
      showsHorizontalScrollIndicator={false}
      contentContainerStyle={styles.row}
      accessibilityLabel={t('sdr.replies.filters')}
    >
      <Chip label={t('sdr.replies.all')} selected={!selected} onPress={() => onSelect(null)} />
      {CLASSIFICATIONS.map((c) => (
        <Chip
          key={c}
          label={classificationLabel(t, c)}
          selected={selected === c}
          onPress={() => onSelect(c)}
        />
      ))}
    </ScrollView>
  );
}

const styles = StyleSheet.create({ row: { gap: space.sm } });
