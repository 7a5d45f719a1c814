"use client";

import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The next cursor page of a list, on demand. */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage }: LoadMoreProps) {
  const t = useT();
  if (!hasNextPage) return null;
  return (
    <div className="flex justify-center pt-4">
      <Button variant="outline" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
        {isFetchingNextPage ? t.app.loading : t.app.loadMore}
      </Button>
    </div>
  );
}
