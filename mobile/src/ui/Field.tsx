import { StyleSheet, Text, View } from 'react-native';

import { space, type } from './theme';

/** A label and its value, one under the other. */
export function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.field} accessible accessibilityLabel={`${label}: ${value}`}>
      <Text style={type.muted}>{label}</Text>
      <Text style={type.body}>{value}</Text>
    </View>
  );
}

const styles = StyleSheet.create({ field: { gap: space.xs / 2 } });
