import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";

import { toLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { THEME_COOKIE, toTheme } from "@/theme/theme";

import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Somos Produtora", template: "%s · Somos Produtora" },
  description: "Sistema operacional da Somos Produtora",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfbfd" },
    { media: "(prefers-color-scheme: dark)", color: "#16151c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const store = await cookies();
  const locale = toLocale(store.get(LOCALE_COOKIE)?.value);
  const theme = toTheme(store.get(THEME_COOKIE)?.value);
  return (
    <html lang={locale} className={theme} suppressHydrationWarning>
      <body className="min-h-dvh font-sans">
        <Providers locale={locale} theme={theme}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
