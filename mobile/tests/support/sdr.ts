import type { Conversation, SdrApproval } from '@/modules/sdr/queries';

import { type Call, type Handler, json, problem } from './fakeApi';
import {
  type ConversationKey,
  CONVERSATIONS,
  DRAFTS,
  enrollmentOf,
  message,
  MESSAGES,
} from './sdrData';

/** Why the backend refuses to send (its problem+json `code`), in its words (delivery.py). */
const REASONS: Record<string, string> = {
  enrollment_gone: 'the enrollment no longer exists',
  suppressed: 'the address is on the suppression list',
  enrollment_finished: 'the enrollment is no longer waiting for this message',
  demo_lead: 'demo leads are never contacted for real (the sandbox is off)',
  no_address: 'the lead has no address on this channel',
};

/** The inbox in pages of two: the oldest reply is on its second page. */
const PAGE = 2;

/** Latest reply first, as the backend sorts the inbox (`replied`: when each lead last wrote). */
function inboxPage(conversations: Conversation[], replied: Map<string, string>, call: Call) {
  const wanted = call.query.get('classification');
  const start = Number(call.query.get('cursor') ?? 0);
  const end = start + PAGE;
  const at = (c: Conversation) => replied.get(c.enrollment_id) ?? c.last_at;
  const matching = conversations
    .filter((c) => !wanted || c.classification === wanted)
    .sort((a, b) => at(b).localeCompare(at(a)));
  const next_cursor = end < matching.length ? String(end) : null;
  return json(200, { items: matching.slice(start, end), next_cursor });
}

/**
 * The SDR of the demo backend, in memory (sdrData.ts). Decisions and answers change it as the
 * real API would (409 once decided, 409 with the refusal's code to a lead it must not write to).
 */
export function fakeSdr() {
  const pending: SdrApproval[] = Object.values(DRAFTS).map((d) => ({ ...d }));
  const conversations = Object.values(CONVERSATIONS).map((c) => ({ ...c }));
  const messages = Object.fromEntries(
    Object.entries(MESSAGES).map(([key, list]) => [key, list.map((m) => ({ ...m }))]),
  );
  const refusals = new Map<string, { code: string; reason: string }>();
  const replied = new Map<string, string>();
  // the fake's clock runs after the fixtures' dates
  let clock = Date.parse('2026-12-03T12:00:00Z');
  const now = () => new Date((clock += 60_000)).toISOString();

  const decision = (d: SdrApproval, status: 'approved' | 'rejected') => () => {
    const index = pending.findIndex((p) => p.approval_id === d.approval_id);
    if (index < 0) return problem(409, 'conflict', 'This approval was already decided');
    pending.splice(index, 1);
    return json(200, { approval_id: d.approval_id, status });
  };

  function answer(c: Conversation, call: Call) {
    const refusal = refusals.get(c.enrollment_id);
    if (refusal) return problem(409, refusal.code, `Not sent: ${refusal.reason}`);
    const body = call.body as { text: string; subject?: string };
    const list = messages[c.enrollment_id]!;
    const at = now();
    const sent = message(c, 90 + list.length, {
      text: body.text,
      subject: body.subject ?? null,
      status: 'sandboxed',
      created_at: at,
      sent_at: at,
    });
    list.push(sent);
    Object.assign(c, { last_text: body.text, last_direction: 'out', last_at: sent.created_at });
    return json(201, sent);
  }

  const routes: Record<string, Handler> = {
    'GET /api/v1/sdr/approvals': () => json(200, { items: [...pending], next_cursor: null }),
    'GET /api/v1/sdr/conversations': (call) => inboxPage(conversations, replied, call),
  };
  for (const d of Object.values(DRAFTS)) {
    routes[`POST /api/v1/sdr/approvals/${d.approval_id}/approve`] = decision(d, 'approved');
    routes[`POST /api/v1/sdr/approvals/${d.approval_id}/reject`] = decision(d, 'rejected');
  }
  for (const c of conversations) {
    const path = `/api/v1/sdr/enrollments/${c.enrollment_id}`;
    routes[`GET ${path}`] = () => json(200, enrollmentOf(c));
    routes[`GET ${path}/messages`] = () => json(200, messages[c.enrollment_id]);
    routes[`POST ${path}/messages`] = (call) => answer(c, call);
  }

  return {
    routes,
    pending: () => pending.map((d) => d.approval_id),
    messages: (key: ConversationKey) => messages[CONVERSATIONS[key].enrollment_id]!,
    /** Someone decides a draft on the web while the phone shows it. */
    decideElsewhere(key: keyof typeof DRAFTS) {
      decision(DRAFTS[key], 'approved')();
    },
    /** The backend refuses answers to this lead from now on (suppressed, demo lead, ...). */
    refuse(key: ConversationKey, code: string, reason = REASONS[code] ?? code) {
      refusals.set(CONVERSATIONS[key].enrollment_id, { code, reason });
    },
    /** A new reply arrives by webhook. */
    reply(key: ConversationKey, text: string, classification: string) {
      const c = conversations.find((x) => x.enrollment_id === CONVERSATIONS[key].enrollment_id)!;
      const list = messages[c.enrollment_id]!;
      const at = now();
      replied.set(c.enrollment_id, at);
      list.push(
        message(c, 95 + list.length, {
          direction: 'in',
          text,
          status: 'received',
          classification,
          created_at: at,
          sent_at: at,
        }),
      );
      Object.assign(c, { last_text: text, last_direction: 'in', last_at: at, classification });
    },
  };
}
