import { CrmGate } from '@/modules/crm/CrmGate';
import { TasksScreen } from '@/screens/TasksScreen';

export default function TasksRoute() {
  return (
    <CrmGate>
      <TasksScreen />
    </CrmGate>
  );
}
