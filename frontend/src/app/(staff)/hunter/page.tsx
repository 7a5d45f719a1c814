import { redirect } from "next/navigation";

/** Prospecting opens on the leads to review. */
export default function Page() {
  redirect("/hunter/leads");
}
