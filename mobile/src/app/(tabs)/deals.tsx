import { CrmGate } from '@/modules/crm/CrmGate';
import { DealsScreen } from '@/screens/DealsScreen';

export default function DealsRoute() {
  return (
    <CrmGate>
      <DealsScreen />
    </CrmGate>
  );
}
