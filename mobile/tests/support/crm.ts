import type { Schema } from '@/api/client';

import { type Call, type Handler, json, problem } from './fakeApi';

/**
 * The CRM of the demo backend, in memory: a pipeline with four stages, three deals, a company
 * and a contact, two open tasks. Moves, activities and task ticks change it, as the real API
 * would (versions, 409 with the deal as it is now, 422 without a lost reason).
 */
type Deal = Schema<'DealRead'>;
type Stage = Schema<'StageRead'>;
type Activity = Schema<'ActivityRead'>;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const AT = '2026-12-01T12:00:00Z';

export const PIPELINE_ID = id(100);
const stage = (n: number, name: string, probability: number, flags = {}): Stage => ({
  id: id(100 + n),
  pipeline_id: PIPELINE_ID,
  name,
  position: n - 1,
  probability,
  is_won: false,
  is_lost: false,
  ...flags,
});
export const STAGES = {
  qualification: stage(1, 'Qualificação', 20),
  proposal: stage(2, 'Proposta', 50),
  won: stage(3, 'Ganho', 100, { is_won: true }),
  lost: stage(4, 'Perdido', 0, { is_lost: true }),
};

export const company: Schema<'CompanyRead'> = {
  id: id(200),
  owner_id: null,
  tag_ids: [],
  custom_fields: {},
  created_at: AT,
  updated_at: AT,
  legal_name: 'Café Aurora Comércio Ltda',
  trade_name: 'Café Aurora',
  cnpj: '11222333000181',
  industry: 'Alimentação',
  cnae: null,
  size: null,
  website: null,
  domain: null,
  address: {},
  phones: [],
};

export const contact: Schema<'ContactRead'> = {
  id: id(300),
  owner_id: null,
  tag_ids: [],
  custom_fields: {},
  created_at: AT,
  updated_at: AT,
  name: 'Bia Souza',
  emails: [{ address: 'bia@cafeaurora.com.br', label: 'Trabalho', primary: true }],
  phones: [
    { number: '+5511987654321', label: 'Celular', whatsapp: true },
    { number: '+551133334444', label: 'Escritório', whatsapp: false },
  ],
  job_title: 'Diretora de marketing',
  company_id: company.id,
  lead_source: 'manual',
  hunter_score: null,
  hunter_provenance: null,
  legal_basis: null,
  opted_out_at: null,
};

function deal(n: number, title: string, value: string, at: Stage, fields: Partial<Deal> = {}) {
  return {
    id: id(400 + n),
    owner_id: null,
    tag_ids: [],
    custom_fields: {},
    created_at: AT,
    updated_at: AT,
    title,
    value,
    pipeline_id: PIPELINE_ID,
    stage_id: at.id,
    position: 0,
    version: 1,
    status: 'open',
    company_id: null,
    contact_ids: [],
    expected_close_date: null,
    probability: at.probability,
    probability_override: null,
    weighted_value: ((Number(value) * at.probability) / 100).toFixed(2),
    source: 'manual',
    lost_reason: null,
    won_at: null,
    lost_at: null,
    ...fields,
  } satisfies Deal;
}

export const DEALS = {
  aurora: deal(1, 'Clipe institucional Café Aurora', '12000.00', STAGES.qualification, {
    company_id: company.id,
    contact_ids: [contact.id],
    expected_close_date: '2026-12-20',
    version: 3,
  }),
  sol: deal(2, 'Série para redes Padaria Sol', '8000.00', STAGES.qualification, { position: 1 }),
  serra: deal(3, 'Documentário Vinícola Serra', '45000.00', STAGES.proposal),
};

function task(n: number, subject: string, dueAt: string, links: Partial<Activity>): Activity {
  return {
    id: id(500 + n),
    kind: 'task',
    subject,
    body: '',
    company_id: null,
    contact_id: null,
    deal_id: null,
    owner_id: id(1),
    direction: null,
    occurred_at: AT,
    due_at: dueAt,
    done_at: null,
    duration_minutes: null,
    external_id: null,
    created_at: AT,
    ...links,
  };
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export const TASKS = {
  overdue: task(1, 'Enviar proposta revisada', inHours(-30), { deal_id: DEALS.aurora.id }),
  today: task(2, 'Ligar para a Bia', inHours(0), { contact_id: contact.id }),
};

const ALL_STAGES = Object.values(STAGES);
const pipeline: Schema<'PipelineRead'> = {
  id: PIPELINE_ID,
  name: 'Vendas',
  is_default: true,
  position: 0,
  stages: ALL_STAGES,
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0).toFixed(2);

type Options = { perStage?: number };

export function fakeCrm({ perStage = 20 }: Options = {}) {
  const deals: Deal[] = Object.values(DEALS).map((d) => ({ ...d }));
  const activities: Activity[] = [];
  const tasks: Activity[] = Object.values(TASKS).map((t) => ({ ...t }));
  const stageOf = (stageId: string) => ALL_STAGES.find((s) => s.id === stageId)!;

  const inStage = (stageId: string) =>
    deals.filter((d) => d.stage_id === stageId).sort((a, b) => a.position - b.position);

  /** Cursors are the index of the next deal of the stage. */
  function stagePage(stageId: string, from: number, limit: number) {
    const all = inStage(stageId);
    const next = from + limit < all.length ? String(from + limit) : null;
    return { items: all.slice(from, from + limit), next_cursor: next };
  }

  function board(): Schema<'BoardRead'> {
    const columns = ALL_STAGES.map((s) => {
      const all = inStage(s.id);
      const { items, next_cursor } = stagePage(s.id, 0, perStage);
      return {
        stage: s,
        count: all.length,
        total_value: sum(all.map((d) => Number(d.value))),
        weighted_value: sum(all.map((d) => Number(d.weighted_value))),
        deals: items,
        next_cursor,
      };
    });
    return {
      pipeline,
      columns,
      total_value: sum(columns.map((c) => Number(c.total_value))),
      weighted_value: sum(columns.map((c) => Number(c.weighted_value))),
    };
  }

  function move(target: Deal, call: Call) {
    const body = call.body as Schema<'DealMove'>;
    if (body.version !== target.version) {
      return json(409, {
        type: 'https://docs.somos.local/problems/stale_version',
        title: 'The deal changed since you read it',
        status: 409,
        detail: `Version ${target.version} is current; reload and try again`,
        code: 'stale_version',
        current: target,
      });
    }
    const to = stageOf(body.stage_id);
    if (to.is_lost && target.status !== 'lost' && !body.lost_reason) {
      return problem(422, 'validation_error', 'One or more fields are invalid', {
        errors: [{ field: 'lost_reason', message: 'Say why the deal was lost', type: 'missing' }],
      });
    }
    for (const other of inStage(to.id)) other.position += 1;
    Object.assign(target, {
      stage_id: to.id,
      position: 0,
      version: target.version + 1,
      status: to.is_won ? 'won' : to.is_lost ? 'lost' : 'open',
      probability: to.probability,
      weighted_value: ((Number(target.value) * to.probability) / 100).toFixed(2),
      lost_reason: to.is_lost ? (body.lost_reason ?? null) : target.lost_reason,
    });
    return json(200, target);
  }

  const timeline = (linked: (a: Activity) => boolean) =>
    json(200, {
      items: activities
        .filter(linked)
        .reverse()
        .map((a) => ({ type: 'activity', id: a.id, at: a.occurred_at, activity: a })),
      next_cursor: null,
    });

  function logActivity(call: Call) {
    const body = call.body as Schema<'ActivityCreate'>;
    const logged: Activity = {
      ...task(600 + activities.length, body.subject ?? '', body.due_at ?? '', {}),
      kind: body.kind,
      body: body.body ?? '',
      deal_id: body.deal_id ?? null,
      contact_id: body.contact_id ?? null,
      due_at: body.due_at ?? null,
      occurred_at: new Date().toISOString(),
    };
    activities.push(logged);
    return json(201, logged);
  }

  function listDeals(call: Call) {
    const stageId = call.query.get('stage_id');
    if (stageId) {
      return json(200, stagePage(stageId, Number(call.query.get('cursor') ?? 0), perStage));
    }
    const contactId = call.query.get('contact_id');
    const items = deals.filter((d) => !contactId || d.contact_ids.includes(contactId));
    return json(200, { items, next_cursor: null });
  }

  const routes: Record<string, Handler> = {
    'GET /api/v1/crm/pipelines': () => json(200, [pipeline]),
    [`GET /api/v1/crm/pipelines/${PIPELINE_ID}/board`]: () => json(200, board()),
    'GET /api/v1/crm/deals': listDeals,
    [`GET /api/v1/crm/companies/${company.id}`]: () => json(200, company),
    [`GET /api/v1/crm/contacts/${contact.id}`]: () => json(200, contact),
    [`GET /api/v1/crm/contacts/${contact.id}/timeline`]: () =>
      timeline((a) => a.contact_id === contact.id),
    'POST /api/v1/crm/activities': logActivity,
    'GET /api/v1/crm/tasks/mine': () => {
      // each task named after what it is about, as the backend does
      const named = (t: Activity) => ({
        ...t,
        deal_title: deals.find((d) => d.id === t.deal_id)?.title ?? null,
        contact_name: t.contact_id === contact.id ? contact.name : null,
        company_name: null,
      });
      const open = tasks.filter((t) => !t.done_at).map(named);
      return json(200, {
        overdue: open.filter((t) => t.id === TASKS.overdue.id),
        due_today: open.filter((t) => t.id !== TASKS.overdue.id),
      });
    },
  };
  for (const d of deals) {
    routes[`GET /api/v1/crm/deals/${d.id}`] = () => json(200, d);
    routes[`POST /api/v1/crm/deals/${d.id}/move`] = (call) => move(d, call);
    routes[`GET /api/v1/crm/deals/${d.id}/timeline`] = () => timeline((a) => a.deal_id === d.id);
  }
  for (const t of tasks) {
    routes[`PATCH /api/v1/crm/activities/${t.id}`] = (call) => {
      const { done } = call.body as Schema<'ActivityUpdate'>;
      t.done_at = done ? new Date().toISOString() : null;
      return json(200, t);
    };
  }

  return {
    routes,
    deal: (key: keyof typeof DEALS) => deals.find((d) => d.id === DEALS[key].id)!,
    task: (key: keyof typeof TASKS) => tasks.find((t) => t.id === TASKS[key].id)!,
    /** Someone else edits a deal on the web: the phone's version is now stale. */
    editElsewhere(key: keyof typeof DEALS, changes: Partial<Deal>) {
      const target = deals.find((d) => d.id === DEALS[key].id)!;
      Object.assign(target, changes, { version: target.version + 1 });
    },
  };
}
