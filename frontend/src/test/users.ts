import type { SessionGrant, SessionUser } from "@/auth/session";

export function user(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    kind: "user",
    id: "8598fed3-bf6d-4b16-8bb1-cc86eb29ed10",
    email: "admin@demo.local",
    full_name: "Ana Admin",
    locale: "pt-BR",
    role: "Admin",
    permissions: ["admin:read", "admin:write", "agents:read", "audit:read"],
    organization: { id: "9f12d50e-8be8-41fb-b7c3-ec59f67da952", name: "Somos Produtora (demo)", slug: "demo" },
    client_company_id: null,
    ...overrides,
  };
}

export function grant(token: string, expiresIn = 900): SessionGrant {
  return { access_token: token, expires_in: expiresIn, user: user() };
}
