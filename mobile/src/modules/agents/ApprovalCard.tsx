import { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Section } from '@/ui/Section';
import { TextField } from '@/ui/TextField';
import { space, type } from '@/ui/theme';

import { type Approval, useDecideApproval } from './queries';

const PREVIEW_LENGTH = 280;

/** What the agent wants to send, to whom and on which channel. */
function preview(payload: Approval['payload']): { where: string | null; text: string | null } {
  const { channel, to, subject, text } = payload as Record<string, unknown>;
  const where = [channel, to].filter((v) => typeof v === 'string').join(' · ');
  const body = [subject, text].filter((v) => typeof v === 'string').join('\n');
  return {
    where: where || null,
    text: body ? body.slice(0, PREVIEW_LENGTH) + (body.length > PREVIEW_LENGTH ? '…' : '') : null,
  };
}

/** One pending approval; approve or reject (with a reason) when `canDecide`. */
export function ApprovalCard({ approval, canDecide }: { approval: Approval; canDecide: boolean }) {
  const t = useT();
  const decide = useDecideApproval();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { where, text } = preview(approval.payload);

  return (
    <Section title={approval.title}>
      <Text style={type.muted}>
        {[where, formatDateTime(approval.created_at)].filter(Boolean).join(' · ')}
      </Text>
      {text ? <Text style={type.body}>{text}</Text> : null}
      {decide.error ? (
        <Notice tone="error" text={t('approvals.failed', { reason: decide.error.message })} />
      ) : null}
      {canDecide && rejecting ? (
        <>
          <TextField
            label={t('approvals.reason')}
            value={reason}
            onChangeText={setReason}
            multiline
          />
          <View style={styles.actions}>
            <Button
              label={t('common.cancel')}
              variant="secondary"
              onPress={() => setRejecting(false)}
            />
            <Button
              label={t('approvals.confirmReject')}
              variant="danger"
              disabled={!reason.trim() || decide.isPending}
              onPress={() => decide.mutate({ approval, approve: false, reason: reason.trim() })}
            />
          </View>
        </>
      ) : null}
      {canDecide && !rejecting ? (
        <View style={styles.actions}>
          <Button
            label={t('approvals.reject')}
            variant="danger"
            onPress={() => setRejecting(true)}
          />
          <Button
            label={t('approvals.approve')}
            disabled={decide.isPending}
            onPress={() => decide.mutate({ approval, approve: true })}
          />
        </View>
      ) : null}
    </Section>
  );
}

const styles = StyleSheet.create({
  actions: { flexDirection: 'row', gap: space.sm, justifyContent: 'flex-end' },
});
