import { redirect } from "next/navigation";

/** The CRM opens on its deals board. */
export default function Page() {
  redirect("/crm/deals");
}
