import { StyleSheet, Text } from 'react-native';

import { colors, space } from './theme';

/** A one-line message in a coloured band: information or an error. */
export function Notice({ text, tone = 'info' }: { text: string; tone?: 'info' | 'error' }) {
  return (
    <Text
      accessibilityRole={tone === 'error' ? 'alert' : 'text'}
      style={[styles.base, tone === 'error' ? styles.error : styles.info]}
    >
      {text}
    </Text>
  );
}

const styles = StyleSheet.create({
  base: { borderRadius: 10, padding: space.md, fontSize: 14, overflow: 'hidden' },
  info: { backgroundColor: colors.brandSoft, color: colors.brand },
  error: { backgroundColor: colors.dangerSoft, color: colors.danger },
});
