/** Names of the session cookies (both httpOnly; read by the route handlers and the proxy). */
export const REFRESH_COOKIE = "somos_rt";
/** "staff" or "client": lets the proxy send people to the right side before any page renders. */
export const AUDIENCE_COOKIE = "somos_aud";
