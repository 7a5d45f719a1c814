import { RequirePermission } from '@/modules/auth/RequirePermission';
import { TasksScreen } from '@/screens/TasksScreen';

export default function TasksRoute() {
  return (
    <RequirePermission permission="crm:read">
      <TasksScreen />
    </RequirePermission>
  );
}
