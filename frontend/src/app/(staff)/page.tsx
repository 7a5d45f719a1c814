import { titled } from "@/i18n/server";
import { HomePage } from "@/screens/home/home-page";

export const generateMetadata = titled((t) => t.shell.home);

export default function Home() {
  return <HomePage />;
}
