/**
 * The backend faked at the fetch level: each route answers like the real API (problem+json
 * errors included), and every call is recorded.
 */
export type Call = {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | null;
  body: unknown;
};
export type Handler = (call: Call) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}

export function problem(status: number, code: string, detail: string, extra: object = {}) {
  return json(status, { type: `about:${code}`, title: code, status, detail, code, ...extra });
}

export function fakeApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    const url = new URL(request.url);
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      authorization: request.headers.get('Authorization'),
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    return handler ? handler(call) : problem(404, 'not_found', `no fake for ${call.path}`);
  };
  globalThis.fetch = fetch as typeof globalThis.fetch;
  return {
    calls,
    callsTo: (method: string, path: string) =>
      calls.filter((c) => c.method === method && c.path === path),
  };
}

/** A route that answers only once `release()` is called: to see the app before the answer. */
export function held(handler: Handler) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    handler: async (call: Call) => {
      await gate;
      return handler(call);
    },
    release: () => release(),
  };
}
