export const WEB_URL = (process.env.E2E_WEB_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
/** Where the suite finds the backend. */
export const API_URL = (process.env.E2E_API_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");
export const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "demo12345";

export const DEMO = {
  admin: "admin@demo.local",
  diretor: "diretor@demo.local",
  comercial: "comercial@demo.local",
  campo: "campo@demo.local",
  cliente: "cliente@demo.local",
} as const;

/** The bearer token the e2e backend checks on Evolution (WhatsApp) webhooks (scripts/e2e.sh sets it). */
export const WEBHOOK_TOKEN = process.env.INTEGRATIONS__EVOLUTION_WEBHOOK_TOKEN ?? "e2e-evolution-webhook-token";
