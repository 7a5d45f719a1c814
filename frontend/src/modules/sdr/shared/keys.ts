/** The SDR's query keys: every list and record under `["sdr", …]`, so one prefix refreshes a group. */
export const sdrKeys = {
  all: ["sdr"] as const,
  cadences: ["sdr", "cadences"] as const,
  cadence: (id: string) => ["sdr", "cadences", id] as const,
  campaigns: ["sdr", "campaigns"] as const,
  campaignList: ["sdr", "campaigns", "list"] as const,
  campaign: (id: string) => ["sdr", "campaigns", "detail", id] as const,
  metrics: (id: string) => ["sdr", "campaigns", "detail", id, "metrics"] as const,
  enrollments: ["sdr", "enrollments"] as const,
  /** One enrollment; its messages sit under it, so refreshing it refreshes them too. */
  enrollment: (id: string) => ["sdr", "enrollments", id] as const,
  messages: (enrollmentId: string) => ["sdr", "enrollments", enrollmentId, "messages"] as const,
  approvals: ["sdr", "approvals"] as const,
  approvalList: (campaignId: string | null) => ["sdr", "approvals", "list", campaignId] as const,
  conversations: ["sdr", "conversations"] as const,
  conversationList: (classification: string | null) => ["sdr", "conversations", classification] as const,
  tasks: ["sdr", "tasks"] as const,
  taskList: (open: boolean) => ["sdr", "tasks", { open }] as const,
  suppression: ["sdr", "suppression"] as const,
  suppressionList: (q: string) => ["sdr", "suppression", q] as const,
};
