import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Sheet } from '@/ui/Sheet';
import { TextField } from '@/ui/TextField';
import { space } from '@/ui/theme';

import type { DealSummary, Stage } from './queries';

type Props = {
  /** The deal being moved; none: the sheet is closed. */
  deal: DealSummary | null;
  stages: Stage[];
  onClose: () => void;
  onPick: (to: Stage, lostReason?: string) => void;
};

/** The stages of the deal's pipeline to move it to; a lost stage asks why first. */
export function MoveStageSheet({ deal, stages, onClose, onPick }: Props) {
  const t = useT();
  const [losing, setLosing] = useState<Stage | null>(null);
  const [reason, setReason] = useState('');

  function close() {
    setLosing(null);
    setReason('');
    onClose();
  }

  function pick(stage: Stage) {
    if (stage.is_lost && deal?.status !== 'lost') {
      setLosing(stage);
      return;
    }
    close();
    onPick(stage);
  }

  function confirmLost() {
    if (!losing) return;
    const why = reason.trim();
    close();
    onPick(losing, why);
  }

  return (
    <Sheet
      visible={!!deal}
      title={t('crm.moveTitle', { title: deal?.title ?? '' })}
      onClose={close}
    >
      {losing ? (
        <>
          <TextField
            label={t('crm.lostReason')}
            value={reason}
            onChangeText={setReason}
            multiline
            autoFocus
          />
          <View style={styles.actions}>
            <Button
              label={t('common.cancel')}
              variant="secondary"
              onPress={() => setLosing(null)}
            />
            <Button
              label={t('crm.confirmLost')}
              variant="danger"
              disabled={!reason.trim()}
              onPress={confirmLost}
            />
          </View>
        </>
      ) : (
        stages.map((stage) => {
          const current = stage.id === deal?.stage_id;
          return (
            <Button
              key={stage.id}
              label={current ? t('crm.currentStage', { stage: stage.name }) : stage.name}
              accessibilityLabel={current ? undefined : t('crm.moveTo', { stage: stage.name })}
              variant={stage.is_lost ? 'danger' : 'secondary'}
              disabled={current}
              onPress={() => pick(stage)}
            />
          );
        })
      )}
    </Sheet>
  );
}

const styles = StyleSheet.create({
  actions: { flexDirection: 'row', gap: space.sm, justifyContent: 'flex-end' },
});
