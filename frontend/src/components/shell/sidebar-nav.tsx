"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";
import { navigationFor } from "@/modules/registry";

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The sidebar's links, grouped; the desktop sidebar and the phone drawer both use it. */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const user = useCurrentUser();
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t.shell.navigation} className="grid gap-4 px-3 py-2">
      {navigationFor(user).map((section) => {
        const title = section.title?.(t);
        return (
          <div key={section.id} className="grid gap-1">
            {title && <h2 className="px-2 text-xs font-medium text-muted-foreground uppercase">{title}</h2>}
            <ul className="grid gap-0.5">
              {section.entries.map((entry) => {
                const active = isActive(pathname, entry.href);
                return (
                  <li key={entry.id}>
                    <Link
                      href={entry.href}
                      onClick={onNavigate}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "flex items-center gap-2 rounded-md px-2 py-2 text-sm hover:bg-accent",
                        active && "bg-accent font-medium text-accent-foreground",
                      )}
                    >
                      <entry.icon className="size-4 text-muted-foreground" aria-hidden />
                      {entry.label(t)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
