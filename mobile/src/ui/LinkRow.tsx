import Ionicons from '@expo/vector-icons/Ionicons';
import { type Href, Link } from 'expo-router';
import type { ComponentProps } from 'react';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { colors, space, type } from './theme';

type Props = {
  href: Href;
  icon: ComponentProps<typeof Ionicons>['name'];
  title: string;
  /** A second line (how many wait there). */
  detail?: string | null;
};

/** A card-like row that opens another screen. */
export function LinkRow({ href, icon, title, detail }: Props) {
  return (
    <Link href={href} asChild>
      <Pressable accessibilityRole="link" style={styles.row}>
        <Ionicons name={icon} size={22} color={colors.brand} />
        <View style={styles.text}>
          <Text style={[type.body, styles.title]}>{title}</Text>
          {detail ? <Text style={type.muted}>{detail}</Text> : null}
        </View>
        <Ionicons name="chevron-forward" size={20} color={colors.muted} />
      </Pressable>
    </Link>
  );
}

const styles = StyleSheet.create({
  row: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.md,
    backgroundColor: colors.surface,
    borderRadius: 12,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
    padding: space.md,
  },
  text: { flex: 1, gap: 2 },
  title: { fontWeight: '600' },
});
