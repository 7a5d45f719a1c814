import { ShieldCheckIcon } from "lucide-react";

import type { NavEntry } from "../navigation";

export const agentEntries: NavEntry[] = [
  { id: "agents-approvals", href: "/agents/approvals", icon: ShieldCheckIcon, label: (t) => t.agents.approvals.title, permission: "agents:read", keywords: ["aprovar", "approve"] },
];
