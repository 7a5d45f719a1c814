"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

import { setPreferenceCookie } from "@/lib/cookies";

import { THEME_COOKIE, THEMES, type Theme } from "./theme";

interface ThemeState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

/**
 * Light, dark or the system's: a class on <html> that the server already renders from the
 * cookie (so no flash); "system" follows prefers-color-scheme in CSS.
 */
export function ThemeProvider({ initialTheme, children }: { initialTheme: Theme; children: ReactNode }) {
  const [theme, setThemeState] = useState(initialTheme);
  const setTheme = useCallback((next: Theme) => {
    setPreferenceCookie(THEME_COOKIE, next);
    document.documentElement.classList.remove(...THEMES);
    document.documentElement.classList.add(next);
    setThemeState(next);
  }, []);
  const value = useMemo(() => ({ theme, setTheme }), [theme, setTheme]);
  return <ThemeContext value={value}>{children}</ThemeContext>;
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error("useTheme outside ThemeProvider");
  return state;
}
