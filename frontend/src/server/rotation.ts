import "server-only";

import { createHash } from "node:crypto";

import type { components } from "@/api/schema";

type TokenResponse = components["schemas"]["TokenResponse"];
type MeRead = components["schemas"]["MeRead"];

export type Rotation = { ok: true; tokens: TokenResponse; user: MeRead } | { ok: false; status: number };

/** How long the outcome of rotating a refresh token is kept for the same token. */
const GRACE_MS = 30_000;

const inflight = new Map<string, Promise<Rotation>>();
const recent = new Map<string, { rotation: Rotation; at: number }>();

function keyOf(refreshToken: string): string {
  return createHash("sha256").update(refreshToken).digest("base64url");
}

/**
 * Rotates a refresh token at most once. The backend revokes the whole session when a used
 * refresh token comes back, and a browser that reloads or navigates while a refresh is in
 * flight never stores the rotated cookie and sends the old one again: within a short grace
 * window that second request gets the first one's outcome instead of a replay.
 */
export function rotateOnce(refreshToken: string, rotate: () => Promise<Rotation>): Promise<Rotation> {
  const now = Date.now();
  for (const [key, { at }] of recent) if (now - at > GRACE_MS) recent.delete(key);
  const key = keyOf(refreshToken);
  const done = recent.get(key);
  if (done) return Promise.resolve(done.rotation);
  let pending = inflight.get(key);
  if (!pending) {
    pending = rotate()
      .then((rotation) => {
        if (rotation.ok) recent.set(key, { rotation, at: Date.now() });
        return rotation;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}
