import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { dictionaryFor } from "@/i18n/dictionary";
import { requestLocale } from "@/i18n/server";

export default async function NotFound() {
  const t = dictionaryFor(await requestLocale());
  return (
    <main className="grid min-h-dvh place-items-center p-6">
      <div className="grid max-w-md justify-items-center gap-3 text-center">
        <p className="text-sm font-medium text-muted-foreground">404</p>
        <h1 className="text-xl font-semibold">{t.app.notFound}</h1>
        <p className="text-sm text-muted-foreground">{t.app.notFoundHint}</p>
        <Link href="/" className={buttonVariants({ variant: "outline" })}>
          {t.app.backHome}
        </Link>
      </div>
    </main>
  );
}
