"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";

import { session } from "@/api/client";
import { createQueryClient } from "@/api/query-client";
import { Toaster } from "@/components/ui/toaster";
import { I18nProvider } from "@/i18n/i18n-provider";
import type { Locale } from "@/i18n/locales";
import type { Theme } from "@/theme/theme";
import { ThemeProvider } from "@/theme/theme-provider";

interface ProvidersProps {
  locale: Locale;
  theme: Theme;
  children: ReactNode;
}

export function Providers({ locale, theme, children }: ProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  // nothing cached for one person may be shown to the next one signing in on this tab
  useEffect(
    () => session.subscribe(() => {
      if (session.getState().status === "signed-out") queryClient.clear();
    }),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>
        <ThemeProvider initialTheme={theme}>
          {children}
          <Toaster />
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
