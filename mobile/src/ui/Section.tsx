import type { ReactNode } from 'react';
import { StyleSheet, Text, View } from 'react-native';

import { colors, space, type } from './theme';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.card} accessibilityRole="summary" accessibilityLabel={title}>
      <Text style={type.heading} accessibilityRole="header">
        {title}
      </Text>
      {children}
    </View>
  );
}

const styles = StyleSheet.create({
  card: {
    backgroundColor: colors.surface,
    borderRadius: 12,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
    padding: space.lg,
    gap: space.md,
  },
});
