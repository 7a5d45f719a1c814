import { ClapperboardIcon } from "lucide-react";
import Link from "next/link";

export function Brand({ href, name, subtitle }: { href: string; name: string; subtitle?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 rounded-md px-2 py-1">
      <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">
        <ClapperboardIcon className="size-4" aria-hidden />
      </span>
      <span className="grid leading-tight">
        <span className="text-sm font-semibold">{name}</span>
        {subtitle && <span className="text-xs text-muted-foreground">{subtitle}</span>}
      </span>
    </Link>
  );
}
