import { useLocalSearchParams } from 'expo-router';

import { CrmGate } from '@/modules/crm/CrmGate';
import { DealScreen } from '@/screens/DealScreen';

export default function DealRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  return (
    <CrmGate>
      <DealScreen key={id} id={id} />
    </CrmGate>
  );
}
