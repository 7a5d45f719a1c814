"""Outside services: one adapter per service on a shared base (timeouts, retries, breaker,
local rate limit, sandbox mode when a service has no credentials) and verified, idempotent
inbound webhooks."""
