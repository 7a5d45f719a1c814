import { useLocalSearchParams } from 'expo-router';

import { CrmGate } from '@/modules/crm/CrmGate';
import { ContactScreen } from '@/screens/ContactScreen';

export default function ContactRoute() {
  const { id } = useLocalSearchParams<{ id: string }>();
  return (
    <CrmGate>
      <ContactScreen key={id} id={id} />
    </CrmGate>
  );
}
