import { type ReactNode, useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';

import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Section } from '@/ui/Section';
import { TextField } from '@/ui/TextField';
import { space, type } from '@/ui/theme';

type Props = {
  title: string;
  /** Where it goes and when it was prepared, in one muted line. */
  meta: string;
  /** What would leave the company. */
  children: ReactNode;
  canDecide: boolean;
  pending?: boolean;
  error?: string | null;
  onApprove: () => void;
  onReject: (reason: string) => void;
  /** When given, "Editar" shows this instead of the buttons; it calls `close` when done. */
  renderEditor?: (close: () => void) => ReactNode;
};

/**
 * Something an agent prepared that only goes out once a person approves it: approve,
 * edit first (when the card allows it) or reject with a reason, for whoever `canDecide`.
 */
export function ApprovalCard({
  title,
  meta,
  children,
  canDecide,
  pending = false,
  error = null,
  onApprove,
  onReject,
  renderEditor,
}: Props) {
  const t = useT();
  const [mode, setMode] = useState<'idle' | 'rejecting' | 'editing'>('idle');
  const [reason, setReason] = useState('');
  const close = () => setMode('idle');

  return (
    <Section title={title}>
      <Text style={type.muted}>{meta}</Text>
      {children}
      {error ? <Notice tone="error" text={error} /> : null}
      {canDecide && mode === 'editing' && renderEditor ? renderEditor(close) : null}
      {canDecide && mode === 'rejecting' ? (
        <>
          <TextField
            label={t('approvals.reason')}
            value={reason}
            onChangeText={setReason}
            maxLength={500}
            multiline
          />
          <View style={styles.actions}>
            <Button label={t('common.cancel')} variant="secondary" onPress={close} />
            <Button
              label={t('approvals.confirmReject')}
              variant="danger"
              disabled={!reason.trim() || pending}
              onPress={() => onReject(reason.trim())}
            />
          </View>
        </>
      ) : null}
      {canDecide && mode === 'idle' ? (
        <View style={styles.actions}>
          <Button
            label={t('approvals.reject')}
            variant="danger"
            onPress={() => setMode('rejecting')}
          />
          {renderEditor ? (
            <Button
              label={t('approvals.edit')}
              variant="secondary"
              onPress={() => setMode('editing')}
            />
          ) : null}
          <Button label={t('approvals.approve')} disabled={pending} onPress={onApprove} />
        </View>
      ) : null}
    </Section>
  );
}

const styles = StyleSheet.create({
  actions: { flexDirection: 'row', flexWrap: 'wrap', gap: space.sm, justifyContent: 'flex-end' },
});
