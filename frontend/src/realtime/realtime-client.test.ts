import { http, HttpResponse, ws } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";

import { Session } from "@/auth/session";
import { BACKEND, server, WEB } from "@/test/server";
import { grant } from "@/test/users";

import { RealtimeClient, type RealtimeEvent } from "./realtime-client";

const socket = ws.link("ws://127.0.0.1:8000/ws");

async function signedIn(token: string): Promise<Session> {
  server.use(http.post(`${WEB}/api/session/login`, () => HttpResponse.json(grant(token))));
  const session = new Session();
  await session.signIn("admin@demo.local", "demo12345", "staff");
  return session;
}

describe("the realtime client", () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  function start(session: Session) {
    const events: RealtimeEvent[] = [];
    const resyncs = vi.fn();
    const client = new RealtimeClient(BACKEND, session, { onEvent: (event) => events.push(event), onResync: resyncs });
    client.start();
    stops.push(() => {
      client.stop();
      session.dispose();
    });
    return { events, resyncs };
  }

  it("connects with the access token and hands over the events", async () => {
    const tokens: (string | null)[] = [];
    server.use(
      socket.addEventListener("connection", ({ client }) => {
        tokens.push(client.url.searchParams.get("token"));
        client.send(JSON.stringify({ type: "ready" }));
        client.send(JSON.stringify({ type: "event", name: "notifications.notification_created", data: { id: "n1" } }));
      }),
    );
    const { events } = start(await signedIn("token-1"));
    await vi.waitFor(() => expect(events).toEqual([{ name: "notifications.notification_created", data: { id: "n1" } }]));
    expect(tokens).toEqual(["token-1"]);
  });

  it("on close code 4401 refreshes the token and reconnects with the new one, then resyncs", async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.post(`${WEB}/api/session/refresh`, () => HttpResponse.json(grant("token-2"))),
      socket.addEventListener("connection", ({ client }) => {
        const token = client.url.searchParams.get("token");
        tokens.push(token);
        client.send(JSON.stringify({ type: "ready" }));
        // the server checks the token again later and finds it expired
        if (token === "token-1") setTimeout(() => client.close(4401, "Token expired"), 20);
      }),
    );
    const { resyncs } = start(await signedIn("token-1"));
    await vi.waitFor(() => expect(tokens).toEqual(["token-1", "token-2"]));
    await vi.waitFor(() => expect(resyncs).toHaveBeenCalledTimes(1));
  });

  it("passes the server's resync on", async () => {
    server.use(
      socket.addEventListener("connection", ({ client }) => {
        client.send(JSON.stringify({ type: "ready" }));
        client.send(JSON.stringify({ type: "resync" }));
      }),
    );
    const { resyncs } = start(await signedIn("token-1"));
    await vi.waitFor(() => expect(resyncs).toHaveBeenCalledTimes(1));
  });
});
