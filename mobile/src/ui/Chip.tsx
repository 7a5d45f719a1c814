import { Pressable, StyleSheet, Text } from 'react-native';

import { colors, space } from './theme';

type Props = {
  label: string;
  /** A second line (a count, a total). */
  detail?: string;
  selected?: boolean;
  onPress: () => void;
  accessibilityLabel?: string;
};

/** A pill to pick one of a few options (a stage, a kind, a day). */
export function Chip({ label, detail, selected = false, onPress, accessibilityLabel }: Props) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={accessibilityLabel ?? label}
      accessibilityState={{ selected }}
      onPress={onPress}
      style={({ pressed }) => [styles.chip, selected && styles.selected, pressed && styles.pressed]}
    >
      <Text style={[styles.label, selected && styles.onSelected]}>{label}</Text>
      {detail ? <Text style={[styles.detail, selected && styles.onSelected]}>{detail}</Text> : null}
    </Pressable>
  );
}

const styles = StyleSheet.create({
  chip: {
    borderRadius: 18,
    borderWidth: 1,
    borderColor: colors.border,
    backgroundColor: colors.surface,
    paddingHorizontal: space.md,
    paddingVertical: space.sm,
  },
  selected: { backgroundColor: colors.brand, borderColor: colors.brand },
  pressed: { opacity: 0.7 },
  label: { fontSize: 14, fontWeight: '600', color: colors.text },
  detail: { fontSize: 12, color: colors.muted },
  onSelected: { color: colors.onBrand },
});
