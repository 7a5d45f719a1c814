import { Pressable, StyleSheet, Text } from 'react-native';

import { colors, space } from './theme';

type Props = {
  label: string;
  onPress: () => void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  /** What a screen reader says (and tests find) when the label alone is ambiguous. */
  accessibilityLabel?: string;
};

export function Button({
  label,
  onPress,
  disabled = false,
  variant = 'primary',
  accessibilityLabel,
}: Props) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={accessibilityLabel}
      accessibilityState={{ disabled }}
      disabled={disabled}
      onPress={onPress}
      style={({ pressed }) => [
        styles.base,
        styles[variant],
        (pressed || disabled) && styles.dimmed,
      ]}
    >
      <Text style={[styles.label, LABEL_STYLES[variant]]}>{label}</Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  base: {
    borderRadius: 10,
    paddingVertical: space.md,
    paddingHorizontal: space.lg,
    alignItems: 'center',
  },
  primary: { backgroundColor: colors.brand },
  secondary: { backgroundColor: colors.brandSoft },
  danger: { backgroundColor: colors.dangerSoft },
  dimmed: { opacity: 0.6 },
  label: { fontSize: 15, fontWeight: '600' },
  onBrand: { color: colors.onBrand },
  onSoft: { color: colors.brand },
  onDanger: { color: colors.danger },
});

const LABEL_STYLES = { primary: styles.onBrand, secondary: styles.onSoft, danger: styles.onDanger };
