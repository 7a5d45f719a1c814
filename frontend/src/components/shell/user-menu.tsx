"use client";

import { LanguagesIcon, LogOutIcon, MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useEffect } from "react";
import { toast } from "sonner";

import { session } from "@/api/client";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useI18n } from "@/i18n/i18n-provider";
import { toLocale, type Locale } from "@/i18n/locales";
import { useUpdateProfile } from "@/modules/auth/queries";
import { THEMES, toTheme } from "@/theme/theme";
import { useTheme } from "@/theme/theme-provider";

const LANGUAGE_NAMES = { "pt-BR": "Português (Brasil)", en: "English" } as const;
const THEME_ICONS = { light: SunIcon, dark: MoonIcon, system: MonitorIcon } as const;

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]?.toUpperCase()).join("");
}

/** Who is signed in, language, theme and sign out. */
export function UserMenu() {
  const user = useCurrentUser();
  const { t, locale, setLocale } = useI18n();
  const { theme, setTheme } = useTheme();
  const updateProfile = useUpdateProfile();
  const profileLocale = user.locale ? toLocale(user.locale) : null;

  // signing in (or a fresh load) takes the language kept in the user's profile
  useEffect(() => {
    if (profileLocale && profileLocale !== locale) setLocale(profileLocale);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per signed-in user
  }, [user.id]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    updateProfile.mutate({ locale: next }, { onError: (error) => toast.error(describeError(error, t)) });
  };
  const name = user.full_name ?? user.email ?? "";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="gap-2 px-2" aria-label={t.shell.userMenu}>
          <span className="grid size-7 place-items-center rounded-full bg-secondary text-xs font-semibold" aria-hidden>
            {initials(name)}
          </span>
          <span className="hidden max-w-40 truncate text-sm md:inline">{name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="grid gap-0.5 text-foreground">
          <span className="truncate text-sm font-medium">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{user.email}</span>
          <span className="text-xs font-normal text-muted-foreground">{t.roles[user.role]}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="flex items-center gap-2">
          <LanguagesIcon className="size-3.5" aria-hidden />
          {t.shell.language}
        </DropdownMenuLabel>
        <DropdownMenuRadioGroup value={locale} onValueChange={(value) => chooseLocale(toLocale(value))}>
          {Object.entries(LANGUAGE_NAMES).map(([value, label]) => (
            <DropdownMenuRadioItem key={value} value={value} lang={value}>
              {label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>{t.shell.theme}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={theme} onValueChange={(value) => setTheme(toTheme(value))}>
          {THEMES.map((value) => {
            const Icon = THEME_ICONS[value];
            return (
              <DropdownMenuRadioItem key={value} value={value}>
                <Icon aria-hidden />
                {t.shell.themes[value]}
              </DropdownMenuRadioItem>
            );
          })}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void session.signOut()}>
          <LogOutIcon aria-hidden />
          {t.auth.logout}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
