import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { TasksPage } from "@/modules/sdr/tasks/tasks-page";

export const generateMetadata = titled((t) => t.sdr.tasks.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <TasksPage />
    </RequirePermission>
  );
}
