/**
 * The browser side of the session. The access token lives in memory only; the refresh token
 * is an httpOnly cookie that only the Next route handlers under /api/session read.
 *
 * - one refresh at a time, shared by every caller (and serialized across tabs with Web Locks,
 *   since refresh tokens rotate and a replayed one revokes the whole session);
 * - silent refresh shortly before the access token expires;
 * - a failed refresh signs out with reason "expired"; logout revokes and tells other tabs.
 */
import { ApiError, readApiError } from "@/api/problem";
import type { components } from "@/api/schema";

export type SessionUser = components["schemas"]["MeRead"];
export type Audience = "staff" | "client";
export type SignOutReason = "logout" | "expired";

export type SessionState =
  | { status: "loading" }
  | { status: "authenticated"; user: SessionUser }
  | { status: "signed-out"; reason: SignOutReason | null }
  | { status: "unavailable" };

/** What the /api/session handlers answer. */
export interface SessionGrant {
  access_token: string;
  expires_in: number;
  user: SessionUser;
}

type SessionAction = "login" | "refresh" | "logout";

export interface SessionOptions {
  /** URL of a session route handler; defaults to /api/session/<action> on this origin. */
  endpoint?: (action: SessionAction) => string;
  /** Refresh this many seconds before the access token expires. */
  refreshMarginSeconds?: number;
}

const LOCK_NAME = "somos-session-refresh";
const CHANNEL_NAME = "somos-session";

function defaultEndpoint(action: SessionAction): string {
  return new URL(`/api/session/${action}`, window.location.origin).toString();
}

export class Session {
  private state: SessionState = { status: "loading" };
  private token: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly endpoint: (action: SessionAction) => string;
  private readonly margin: number;
  private channel: BroadcastChannel | null = null;

  constructor(options: SessionOptions = {}) {
    this.endpoint = options.endpoint ?? defaultEndpoint;
    this.margin = options.refreshMarginSeconds ?? 60;
    if (typeof window !== "undefined" && typeof BroadcastChannel !== "undefined") {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = (message: MessageEvent<unknown>) => {
        if (message.data === "signed-out") this.clear("logout");
      };
    }
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  get accessToken(): string | null {
    return this.token;
  }

  /** Signs in; throws the ApiError of a refused login (wrong password, 429, wrong portal). */
  async signIn(email: string, password: string, audience: Audience): Promise<SessionUser> {
    const response = await this.post("login", { email, password, audience });
    if (!response.ok) throw await readApiError(response);
    const grant = (await response.json()) as SessionGrant;
    this.accept(grant);
    return grant.user;
  }

  /** A fresh access token from the refresh cookie; null when there is no session any more. */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.runRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The current token if it is still good for a few seconds, else a refreshed one. */
  async ensureToken(): Promise<string | null> {
    if (this.token && Date.now() < this.expiresAt - 5_000) return this.token;
    if (this.state.status === "signed-out") return null;
    return this.refresh();
  }

  /** Revokes the session on the server (best effort) and forgets it here and in other tabs. */
  async signOut(): Promise<void> {
    this.clear("logout");
    this.channel?.postMessage("signed-out");
    await this.post("logout").catch(() => undefined);
  }

  /** Stops timers and the cross-tab channel (tests, hot reload). */
  dispose(): void {
    clearTimeout(this.timer);
    this.channel?.close();
    this.channel = null;
    this.listeners.clear();
  }

  private async runRefresh(): Promise<string | null> {
    const hadSession = this.state.status === "authenticated";
    let response: Response;
    try {
      response = await withRefreshLock(() => this.post("refresh"));
    } catch {
      return this.unavailable(hadSession);
    }
    if (response.ok) {
      this.accept((await response.json()) as SessionGrant);
      return this.token;
    }
    if (response.status !== 401) return this.unavailable(hadSession);
    const error: ApiError = await readApiError(response);
    this.clear(hadSession || error.code === "session_expired" ? "expired" : null);
    return null;
  }

  /** The session server could not be reached: keep a live session, or report it at start. */
  private unavailable(hadSession: boolean): null {
    if (!hadSession) this.setState({ status: "unavailable" });
    return null;
  }

  private accept(grant: SessionGrant): void {
    this.token = grant.access_token;
    this.expiresAt = Date.now() + grant.expires_in * 1000;
    clearTimeout(this.timer);
    const delay = Math.max(5, grant.expires_in - this.margin) * 1000;
    this.timer = setTimeout(() => void this.refresh(), delay);
    this.setState({ status: "authenticated", user: grant.user });
  }

  private clear(reason: SignOutReason | null): void {
    clearTimeout(this.timer);
    this.token = null;
    this.expiresAt = 0;
    this.setState({ status: "signed-out", reason });
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private post(action: SessionAction, body?: unknown): Promise<Response> {
    return globalThis.fetch(this.endpoint(action), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body ?? {}),
      credentials: "same-origin",
      cache: "no-store",
    });
  }
}

function withRefreshLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  if (!locks) return run();
  // the lock is held until run() settles, because the callback returns its promise
  return new Promise<T>((resolve, reject) => {
    void locks.request(LOCK_NAME, () => run().then(resolve, reject));
  });
}
