import { StyleSheet, Text, TextInput, type TextInputProps, View } from 'react-native';

import { colors, space, type } from './theme';

type Props = Omit<TextInputProps, 'style'> & { label: string; error?: string | null };

/** A labelled input with its error underneath. */
export function TextField({ label, error, ...input }: Props) {
  return (
    <View style={styles.field}>
      <Text style={type.muted}>{label}</Text>
      <TextInput
        accessibilityLabel={label}
        placeholderTextColor={colors.muted}
        style={[styles.input, error ? styles.invalid : null]}
        {...input}
      />
      {error ? (
        <Text style={type.error} accessibilityLiveRegion="polite">
          {error}
        </Text>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  field: { gap: space.xs },
  input: {
    borderWidth: 1,
    borderColor: colors.border,
    borderRadius: 10,
    paddingHorizontal: space.md,
    paddingVertical: space.md,
    fontSize: 16,
    color: colors.text,
    backgroundColor: colors.surface,
  },
  invalid: { borderColor: colors.danger },
});
