/** Small factories of the SDR's API shapes, for the unit tests. */
import type { Draft } from "../approvals/queries";
import type { Cadence } from "../cadences/queries";
import type { CampaignDetail, Enrollment, Funnel, StepFunnel } from "../campaigns/queries";
import type { Conversation, Message } from "../conversations/queries";
import type { SdrTask } from "../tasks/queries";

export const CADENCE_ID = "00000000-0000-4000-8000-0000000ca0e1";
export const CAMPAIGN_ID = "00000000-0000-4000-8000-0000000ca4a1";
export const LEAD_ID = "00000000-0000-4000-8000-00000001ead1";

export function cadence(extra: Partial<Cadence> = {}): Cadence {
  return {
    id: CADENCE_ID,
    name: "WhatsApp + follow-up",
    steps: [
      { kind: "whatsapp", days: null, subject: null, needs_approval: true },
      { kind: "wait", days: 2, subject: null, needs_approval: false },
      { kind: "whatsapp", days: null, subject: null, needs_approval: false },
    ],
    window_start: "09:00:00",
    window_end: "18:00:00",
    weekdays: [0, 1, 2, 3, 4],
    daily_cap: 40,
    spacing_min_seconds: 60,
    spacing_max_seconds: 300,
    archived_at: null,
    created_at: "2026-12-01T10:00:00Z",
    ...extra,
  };
}

export function funnel(extra: Partial<Funnel> = {}): Funnel {
  return { enrolled: 0, pending_approval: 0, sent: 0, delivered: 0, read: 0, replied: 0, interested: 0, opted_out: 0, converted: 0, ...extra };
}

/** One cadence step's numbers (a WhatsApp step unless told). */
export function stepFunnel(stepIndex: number, extra: Partial<StepFunnel> = {}): StepFunnel {
  return { step_index: stepIndex, kind: "whatsapp", ...funnel(), ...extra };
}

export function enrollment(id: string, extra: Partial<Enrollment> = {}): Enrollment {
  return {
    id,
    campaign_id: CAMPAIGN_ID,
    lead_id: LEAD_ID,
    status: "pending_approval",
    finish_reason: null,
    step_index: 0,
    next_at: null,
    send_at: null,
    run_id: null,
    name: "Ana Souza",
    company: `Eventos ${id}`,
    phone: "+552133334444",
    email: `ana@${id}.demo`,
    demo: true,
    accepted_at: null,
    replied_at: null,
    ...extra,
  };
}

export function campaign(extra: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    id: CAMPAIGN_ID,
    name: "Eventos RJ",
    cadence_id: CADENCE_ID,
    status: "active",
    owner_id: null,
    created_at: "2026-12-01T10:00:00Z",
    funnel: funnel({ enrolled: 2, pending_approval: 2 }),
    enrollments: [enrollment("e1"), enrollment("e2")],
    ...extra,
  };
}

export function draft(id: string, extra: Partial<Draft> = {}): Draft {
  return {
    approval_id: id,
    run_id: `run-${id}`,
    message_id: `message-${id}`,
    enrollment_id: `enrollment-${id}`,
    campaign_id: CAMPAIGN_ID,
    campaign_name: "Eventos RJ",
    lead_id: LEAD_ID,
    name: "Ana Souza",
    company: `Eventos ${id}`,
    channel: "whatsapp",
    to: "+552133334444",
    subject: null,
    text: "Olá, Ana! Se preferir não receber mais mensagens, responda SAIR.",
    step_index: 0,
    offline: false,
    demo: false,
    created_at: "2026-12-01T10:00:05Z",
    ...extra,
  };
}

export function message(id: string, extra: Partial<Message> = {}): Message {
  return {
    id,
    enrollment_id: "e1",
    step_index: 0,
    channel: "whatsapp",
    direction: "out",
    subject: null,
    text: "Olá, Ana!",
    status: "sandboxed",
    run_id: null,
    sent_at: "2026-12-01T12:00:00Z",
    classification: null,
    created_at: "2026-12-01T11:59:00Z",
    ...extra,
  };
}

export function conversation(enrollmentId: string, extra: Partial<Conversation> = {}): Conversation {
  return {
    enrollment_id: enrollmentId,
    campaign_id: CAMPAIGN_ID,
    campaign_name: "Eventos RJ",
    lead_id: LEAD_ID,
    name: "Ana Souza",
    company: `Eventos ${enrollmentId}`,
    channel: "whatsapp",
    last_text: "Tenho interesse",
    last_direction: "in",
    classification: "interested",
    last_at: "2026-12-01T13:00:00Z",
    status: "finished",
    finish_reason: "replied",
    accepted_at: null,
    ...extra,
  };
}

export function task(id: string, extra: Partial<SdrTask> = {}): SdrTask {
  return {
    id,
    enrollment_id: "e1",
    campaign_id: CAMPAIGN_ID,
    kind: "call",
    title: "Ligar para Ana Souza",
    name: "Ana Souza",
    company: "Eventos e1",
    phone: "+552133334444",
    email: null,
    due_at: "2026-12-02T12:00:00Z",
    done_at: null,
    outcome: null,
    note: null,
    assignee_id: null,
    ...extra,
  };
}

export const invalid = (errors: { field: string; message: string }[], status = 422) => ({
  type: "https://docs.somos.local/problems/validation_error",
  title: "Invalid input",
  status,
  detail: "One or more fields are invalid",
  code: status === 409 ? "conflict" : "validation_error",
  request_id: "r1",
  errors: errors.map((e) => ({ ...e, type: "value_error" })),
});

/** The API's refusal to send (409) with its stable code: suppressed, demo_lead, no_address, ... */
export const refused = (code: string) => ({
  type: `https://docs.somos.local/problems/${code}`,
  title: "Conflict",
  status: 409,
  detail: `Not sent: ${code}`,
  code,
  request_id: "r1",
});

export const problemHeaders = { "Content-Type": "application/problem+json" };
