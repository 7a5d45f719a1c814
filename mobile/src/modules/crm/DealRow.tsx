import { useRouter } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { formatDay, formatMoney } from '@/i18n/format';
import { useLocale, useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { colors, space, type } from '@/ui/theme';

import type { DealSummary } from './queries';

type Props = { deal: DealSummary; onMove?: (deal: DealSummary) => void };

/** One deal of a stage: tap to open it; "Move" when the user may change deals. */
export function DealRow({ deal, onMove }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const details = [
    formatMoney(deal.value, locale),
    deal.expected_close_date
      ? t('crm.closes', { date: formatDay(deal.expected_close_date) })
      : null,
  ];

  return (
    <View style={styles.row}>
      <Pressable
        accessibilityRole="button"
        accessibilityLabel={deal.title}
        onPress={() => router.push({ pathname: '/crm/deals/[id]', params: { id: deal.id } })}
        style={({ pressed }) => [styles.text, pressed && styles.pressed]}
      >
        <Text style={[type.body, styles.title]}>{deal.title}</Text>
        <Text style={type.muted}>{details.filter(Boolean).join(' · ')}</Text>
      </Pressable>
      {onMove ? (
        <Button
          label={t('crm.move')}
          accessibilityLabel={t('crm.moveLabel', { title: deal.title })}
          variant="secondary"
          onPress={() => onMove(deal)}
        />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  row: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.md,
    paddingVertical: space.sm,
    borderBottomWidth: StyleSheet.hairlineWidth,
    borderBottomColor: colors.border,
  },
  text: { flex: 1, gap: 2 },
  title: { fontWeight: '600' },
  pressed: { opacity: 0.6 },
});
