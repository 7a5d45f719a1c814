"use client";

import { MenuIcon, SearchIcon } from "lucide-react";
import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { useT } from "@/i18n/i18n-provider";
import { SandboxBanner } from "@/modules/integrations/sandbox-banner";
import { NotificationCenter } from "@/modules/notifications/notification-center";

import { Brand } from "./brand";
import { CommandPalette } from "./command-palette";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

/** The staff dashboard's frame: sidebar (a drawer on phones), top bar, sandbox banner. */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const brand = <Brand href="/" name={t.app.name} subtitle={t.app.tagline} />;

  return (
    <div className="flex min-h-dvh">
      <a href="#main" className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {t.app.skipToContent}
      </a>
      <aside className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col gap-2 overflow-y-auto border-r bg-sidebar py-3 lg:flex">
        <div className="px-3">{brand}</div>
        <SidebarNav />
      </aside>
      <Sheet open={drawerOpen} onOpenChange={setDrawerOpen}>
        <SheetContent aria-describedby={undefined} className="gap-2 py-3">
          <SheetTitle className="sr-only">{t.shell.navigation}</SheetTitle>
          <div className="px-3">{brand}</div>
          <SidebarNav onNavigate={() => setDrawerOpen(false)} />
        </SheetContent>
      </Sheet>

      <div className="flex min-w-0 flex-1 flex-col">
        <SandboxBanner />
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur lg:px-6">
          <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t.shell.openMenu} onClick={() => setDrawerOpen(true)}>
            <MenuIcon aria-hidden />
          </Button>
          <Button
            variant="outline"
            className="min-w-0 max-w-sm flex-1 shrink justify-start gap-2 text-muted-foreground"
            aria-keyshortcuts="Control+K Meta+K"
            onClick={() => setPaletteOpen(true)}
          >
            <SearchIcon aria-hidden />
            <span className="flex-1 truncate text-left">{t.shell.search}</span>
            <kbd className="hidden rounded border bg-muted px-1.5 font-mono text-[10px] sm:inline">Ctrl K</kbd>
          </Button>
          <div className="ml-auto flex items-center gap-1">
            <NotificationCenter />
            <UserMenu />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="flex-1 p-4 outline-none lg:p-6">
          {children}
        </main>
      </div>
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
    </div>
  );
}
