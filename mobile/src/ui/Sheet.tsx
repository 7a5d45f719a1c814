import type { ReactNode } from 'react';
import { Modal, Pressable, ScrollView, StyleSheet, Text, View } from 'react-native';
import { useSafeAreaInsets } from 'react-native-safe-area-context';

import { useT } from '@/i18n';

import { colors, space, type } from './theme';

type Props = { visible: boolean; title: string; onClose: () => void; children: ReactNode };

/** A panel from the bottom of the screen over a dimmed backdrop; back or a tap outside closes. */
export function Sheet({ visible, title, onClose, children }: Props) {
  const t = useT();
  const insets = useSafeAreaInsets();
  return (
    <Modal visible={visible} transparent animationType="slide" onRequestClose={onClose}>
      <View style={styles.fill}>
        <Pressable
          style={styles.backdrop}
          accessibilityRole="button"
          accessibilityLabel={t('common.close')}
          onPress={onClose}
        />
        <View style={[styles.panel, { paddingBottom: space.lg + insets.bottom }]}>
          <Text style={type.heading} accessibilityRole="header">
            {title}
          </Text>
          <ScrollView contentContainerStyle={styles.content} keyboardShouldPersistTaps="handled">
            {children}
          </ScrollView>
        </View>
      </View>
    </Modal>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1, justifyContent: 'flex-end' },
  backdrop: {
    position: 'absolute',
    top: 0,
    right: 0,
    bottom: 0,
    left: 0,
    backgroundColor: 'rgba(0,0,0,0.35)',
  },
  panel: {
    maxHeight: '80%',
    backgroundColor: colors.surface,
    borderTopLeftRadius: 16,
    borderTopRightRadius: 16,
    padding: space.lg,
    gap: space.md,
  },
  content: { gap: space.sm },
});
