"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";

/**
 * A create dialog's open state, also opened by `?new=1` (the command palette's actions link
 * there); closing drops the parameter so a reload does not reopen it.
 */
export function useNewParam(): [boolean, (open: boolean) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpenState] = useState(false);
  const fromUrl = params.get("new") === "1";
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      if (!next && fromUrl) router.replace(pathname);
    },
    [fromUrl, pathname, router],
  );
  return [open || fromUrl, setOpen];
}
