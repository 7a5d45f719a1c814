import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Chip } from '@/ui/Chip';
import { Notice } from '@/ui/Notice';
import { Section } from '@/ui/Section';
import { TextField } from '@/ui/TextField';
import { space } from '@/ui/theme';

import { useSendAnswer } from './conversation';
import { QUICK_ANSWERS } from './quickAnswers';
import { answerErrorText } from './wording';

/** "Re: <subject>" for an answer to an e-mail (once). */
export const replySubject = (subject: string | null | undefined) =>
  subject ? (/^re:/i.test(subject) ? subject : `Re: ${subject}`) : '';

type Props = { enrollmentId: string; channel: string; lastSubject: string | null };

/**
 * A person's answer to the lead: a quick answer fills the text (to send as is or adjust),
 * or free text; an e-mail also has its subject. Sent at once on the enrollment's channel.
 */
export function AnswerComposer({ enrollmentId, channel, lastSubject }: Props) {
  const t = useT();
  const send = useSendAnswer(enrollmentId);
  const email = channel === 'email';
  const [text, setText] = useState('');
  const [subject, setSubject] = useState(replySubject(lastSubject));
  const [problem, setProblem] = useState<string | null>(null);

  function submit() {
    if (!text.trim()) return setProblem(t('sdr.answer.empty'));
    setProblem(null);
    const answer = text.trim();
    const topic = email ? subject.trim() : '';
    const body = topic ? { text: answer, subject: topic } : { text: answer };
    send.mutate(body, { onSuccess: () => setText('') });
  }

  return (
    <Section title={t('sdr.answer.title')}>
      <View style={styles.chips} accessibilityLabel={t('sdr.answer.quick')}>
        {QUICK_ANSWERS.map((quick) => (
          <Chip
            key={quick.label}
            label={t(quick.label)}
            selected={text === quick.text}
            onPress={() => setText(quick.text)}
          />
        ))}
      </View>
      {email ? (
        <TextField
          label={t('sdr.answer.subject')}
          value={subject}
          onChangeText={setSubject}
          maxLength={200}
        />
      ) : null}
      <TextField
        label={t('sdr.answer.text')}
        value={text}
        onChangeText={setText}
        maxLength={4000}
        multiline
      />
      {problem ? <Notice tone="error" text={problem} /> : null}
      {send.isError ? <Notice tone="error" text={answerErrorText(t, send.error)} /> : null}
      {send.isSuccess ? (
        <Notice
          text={t(send.data.status === 'sandboxed' ? 'sdr.answer.sandboxed' : 'sdr.answer.sent')}
        />
      ) : null}
      <Button
        label={send.isPending ? t('sdr.answer.sending') : t('sdr.answer.send')}
        disabled={send.isPending}
        onPress={submit}
      />
    </Section>
  );
}

const styles = StyleSheet.create({
  chips: { flexDirection: 'row', flexWrap: 'wrap', gap: space.sm },
});
