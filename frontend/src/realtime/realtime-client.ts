/**
 * The /ws connection. Protocol (backend app/core/realtime/router.py): the token goes in
 * `?token=`; the server sends {"type":"ready"} once subscribed, then {"type":"event", name,
 * data}, {"type":"ping"} now and then, {"type":"pong"} to our {"type":"ping"}, and
 * {"type":"resync"} when events may have been missed. Close code 4401: the token is bad or
 * expired (refresh, then reconnect); anything else: reconnect with backoff.
 */
import type { Session } from "@/auth/session";

export interface RealtimeEvent {
  name: string;
  data: Record<string, unknown>;
}

export interface RealtimeHooks {
  onEvent: (event: RealtimeEvent) => void;
  /** Events may have been missed (server resync, or a reconnect): refetch what is shown. */
  onResync: () => void;
}

const UNAUTHORIZED = 4401;
const PING_EVERY_MS = 25_000;
const PONG_WITHIN_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;

type ServerMessage =
  | { type: "ready" | "ping" | "pong" | "resync" }
  | { type: "event"; name: string; data: Record<string, unknown> };

export class RealtimeClient {
  private socket: WebSocket | null = null;
  private stopped = true;
  private attempts = 0;
  private everReady = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly session: Session,
    private readonly hooks: RealtimeHooks,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "bye");
  }

  private async connect(): Promise<void> {
    const token = await this.session.ensureToken();
    if (this.stopped) return;
    if (!token) return this.scheduleReconnect();
    const url = `${this.baseUrl.replace(/^http/, "ws")}/ws?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onmessage = (message) => this.receive(message.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return; // replaced or stopped
      this.socket = null;
      this.stopHeartbeat();
      if (this.stopped) return;
      if (event.code === UNAUTHORIZED) void this.reauthenticate();
      else this.scheduleReconnect();
    };
  }

  private receive(raw: unknown): void {
    if (typeof raw !== "string") return;
    let message: ServerMessage;
    try {
      message = JSON.parse(raw) as ServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case "ready":
        this.attempts = 0;
        this.startHeartbeat();
        if (this.everReady) this.hooks.onResync(); // whatever happened while we were away
        this.everReady = true;
        break;
      case "pong":
        clearTimeout(this.pongTimer);
        break;
      case "resync":
        this.hooks.onResync();
        break;
      case "event":
        this.hooks.onEvent({ name: message.name, data: message.data });
        break;
    }
  }

  private async reauthenticate(): Promise<void> {
    const token = await this.session.refresh();
    if (this.stopped) return;
    if (token) void this.connect();
    // no token: the session is signed out, and whoever owns this client stops it
  }

  private scheduleReconnect(): void {
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
  }

  /** Our own ping finds a dead connection the browser has not noticed yet. */
  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.pingTimer = setInterval(() => {
      if (this.socket?.readyState !== WebSocket.OPEN) return;
      this.socket.send(JSON.stringify({ type: "ping" }));
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => this.socket?.close(4000, "no pong"), PONG_WITHIN_MS);
    }, PING_EVERY_MS);
  }

  private stopHeartbeat(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }
}
