import { redirect } from "next/navigation";

/** The SDR opens on its campaigns. */
export default function Page() {
  redirect("/sdr/campaigns");
}
