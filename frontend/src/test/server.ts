import { setupServer } from "msw/node";

/** The HTTP layer of every unit test: handlers per test, anything unhandled fails. */
export const server = setupServer();

export const BACKEND = "http://127.0.0.1:8000";
export const WEB = "http://localhost:3000";
