import { NextResponse, type NextRequest } from "next/server";

import { AUDIENCE_COOKIE, REFRESH_COOKIE } from "./server/cookies";

/** Pages for people who are not signed in: the logins and the invitation links. */
const PUBLIC_PAGES = new Set(["/login", "/portal/login", "/invite", "/portal/invite"]);

function isPortal(pathname: string): boolean {
  return pathname === "/portal" || pathname.startsWith("/portal/");
}

/**
 * Optimistic routing from the session cookies, before anything renders: no session -> the
 * right login (with a return URL); a client on a staff page -> the portal; staff on the
 * portal -> the dashboard. The pages check the real session again.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.has(pathname)) return NextResponse.next();
  const portal = isPortal(pathname);
  const redirect = (path: string) => NextResponse.redirect(new URL(path, request.url));
  if (!request.cookies.has(REFRESH_COOKIE)) {
    const next = encodeURIComponent(pathname + search);
    return redirect(`${portal ? "/portal/login" : "/login"}?next=${next}`);
  }
  const audience = request.cookies.get(AUDIENCE_COOKIE)?.value;
  if (portal && audience === "staff") return redirect("/");
  if (!portal && audience === "client") return redirect("/portal");
  return NextResponse.next();
}

export const config = {
  // pages only: not the session handlers, Next's assets or files with an extension
  matcher: ["/((?!api/|_next/|.*\\..*).*)"],
};
