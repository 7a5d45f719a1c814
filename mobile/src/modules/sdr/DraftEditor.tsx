import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { TextField } from '@/ui/TextField';
import { space } from '@/ui/theme';

import type { ApprovalEdit, SdrApproval } from './queries';

type Props = {
  draft: SdrApproval;
  onApprove: (edit: ApprovalEdit) => void;
  onCancel: () => void;
};

/** The draft's text (and an e-mail's subject) to change before approving it. */
export function DraftEditor({ draft, onApprove, onCancel }: Props) {
  const t = useT();
  const email = draft.channel === 'email';
  const [text, setText] = useState(draft.text);
  const [subject, setSubject] = useState(draft.subject ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  function approve() {
    if (!text.trim()) return setProblem(t('sdr.draft.emptyText'));
    if (email && !subject.trim()) return setProblem(t('sdr.draft.emptySubject'));
    onApprove(email ? { text: text.trim(), subject: subject.trim() } : { text: text.trim() });
  }

  return (
    <>
      {email ? (
        <TextField
          label={t('sdr.draft.subjectLabel')}
          value={subject}
          onChangeText={setSubject}
          maxLength={200}
        />
      ) : null}
      <TextField
        label={t('sdr.draft.text')}
        value={text}
        onChangeText={setText}
        maxLength={4000}
        multiline
      />
      {problem ? <Notice tone="error" text={problem} /> : null}
      <View style={styles.actions}>
        <Button label={t('common.cancel')} variant="secondary" onPress={onCancel} />
        <Button label={t('sdr.draft.approveEdited')} onPress={approve} />
      </View>
    </>
  );
}

const styles = StyleSheet.create({
  actions: { flexDirection: 'row', flexWrap: 'wrap', gap: space.sm, justifyContent: 'flex-end' },
});
