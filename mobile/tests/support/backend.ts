import type { Schema } from '@/api/client';

import { json, problem } from './fakeApi';

/** What the demo backend answers, per role, in the shapes of its OpenAPI. */
export type Role = Schema<'Role'>;

const PERMISSIONS: Record<Role, Schema<'Permission'>[]> = {
  Admin: [
    'admin:read',
    'agents:read',
    'agents:write',
    'crm:read',
    'crm:write',
    'mobile:read',
    'mobile:write',
    'projects:read',
    'sdr:read',
    'sdr:write',
  ],
  Diretor: [
    'agents:read',
    'crm:read',
    'crm:write',
    'mobile:read',
    'mobile:write',
    'projects:read',
    'sdr:read',
    'sdr:write',
  ],
  Comercial: ['crm:read', 'crm:write', 'mobile:read', 'mobile:write', 'projects:read', 'sdr:read'],
  Campo: ['mobile:read', 'mobile:write', 'projects:read'],
  Cliente: ['mobile:read', 'mobile:write', 'projects:read'],
  Agente_IA: [],
};

const NAMES: Record<Role, string> = {
  Admin: 'Ana Admin',
  Diretor: 'Diego Diretor',
  Comercial: 'Carla Comercial',
  Campo: 'Caio Campo',
  Cliente: 'Clara Cliente',
  Agente_IA: 'Agente',
};

export function me(role: Role): Schema<'MeRead'> {
  return {
    kind: 'user',
    id: '00000000-0000-4000-8000-000000000001',
    email: `${role.toLowerCase()}@demo.local`,
    full_name: NAMES[role],
    locale: 'pt-BR',
    role,
    permissions: PERMISSIONS[role],
    organization: {
      id: '00000000-0000-4000-8000-0000000000aa',
      name: 'Somos Produtora (demo)',
      slug: 'demo',
    },
    client_company_id: null,
  };
}

export function tokenPair(n: number): Schema<'TokenResponse'> {
  return {
    access_token: `access-${n}`,
    refresh_token: `refresh-${n}`,
    token_type: 'bearer',
    expires_in: 900,
  };
}

export const approval: Schema<'ApprovalRead'> = {
  id: '00000000-0000-4000-8000-0000000000b1',
  run_id: '00000000-0000-4000-8000-0000000000c1',
  kind: 'first_contact',
  title: 'Primeiro contato: Café Aurora',
  payload: { channel: 'whatsapp', to: '+5511999990000', text: 'Olá! Somos da Somos Produtora.' },
  status: 'pending',
  decided_by: null,
  decided_at: null,
  note: null,
  created_at: '2026-12-01T12:00:00Z',
};

export const notification: Schema<'NotificationRead'> = {
  id: '00000000-0000-4000-8000-0000000000d1',
  kind: 'agents.approval_requested',
  title: 'Aprovação pendente: Primeiro contato: Café Aurora',
  body: 'Um agente preparou um envio que só sai com a sua aprovação.',
  link: '/agents/approvals',
  data: {},
  created_at: '2026-12-01T12:00:00Z',
  read_at: null,
};

export const page = <T,>(items: T[]) => json(200, { items, next_cursor: null });

/** The routes every signed-in screen calls, for a user of `role`. */
export function signedInRoutes(role: Role) {
  const crm = PERMISSIONS[role].includes('crm:read');
  const sdr = (answer: () => Response) => () =>
    PERMISSIONS[role].includes('sdr:read')
      ? answer()
      : problem(403, 'forbidden', 'Missing permission sdr:read');
  return {
    'GET /api/v1/sdr/approvals': sdr(() => page([])),
    'GET /api/v1/sdr/conversations': sdr(() => page([])),
    'GET /api/v1/crm/tasks/mine': () =>
      crm
        ? json(200, { overdue: [], due_today: [] })
        : problem(403, 'forbidden', 'Missing permission crm:read'),
    'GET /api/v1/auth/me': () => json(200, me(role)),
    'GET /api/v1/notifications': () => page([notification]),
    'GET /api/v1/notifications/unread-count': () => json(200, { count: 1 }),
    'GET /api/v1/agents/approvals': () =>
      role === 'Admin' || role === 'Diretor'
        ? page([approval])
        : problem(403, 'forbidden', 'Missing permission agents:read'),
  };
}
