import type { components } from "@/api/schema";

import type { Audience, SessionUser } from "./session";

export type Permission = components["schemas"]["Permission"];
export type Role = components["schemas"]["Role"];

/** Whether the user holds `permission` (null: anyone signed in). */
export function can(user: SessionUser, permission: Permission | null): boolean {
  return permission === null || user.permissions.includes(permission);
}

export function audienceOf(user: SessionUser): Audience {
  return user.role === "Cliente" ? "client" : "staff";
}

export function homeOf(audience: Audience): string {
  return audience === "client" ? "/portal" : "/";
}

export function loginOf(audience: Audience): string {
  return audience === "client" ? "/portal/login" : "/login";
}
