import type { ReactNode } from 'react';
import { RefreshControl, ScrollView, StyleSheet } from 'react-native';
import { SafeAreaView } from 'react-native-safe-area-context';

import { colors, space } from './theme';

type Props = {
  children: ReactNode;
  /** Pull to refresh, when given. */
  onRefresh?: () => void;
  refreshing?: boolean;
  /** Under a navigation header, which already keeps clear of the status bar. */
  underHeader?: boolean;
};

export function Screen({ children, onRefresh, refreshing = false, underHeader = false }: Props) {
  return (
    <SafeAreaView
      style={styles.safe}
      edges={underHeader ? ['left', 'right'] : ['top', 'left', 'right']}
    >
      <ScrollView
        contentContainerStyle={styles.content}
        keyboardShouldPersistTaps="handled"
        refreshControl={
          onRefresh && <RefreshControl refreshing={refreshing} onRefresh={onRefresh} />
        }
      >
        {children}
      </ScrollView>
    </SafeAreaView>
  );
}

const styles = StyleSheet.create({
  safe: { flex: 1, backgroundColor: colors.background },
  content: { padding: space.lg, gap: space.lg },
});
