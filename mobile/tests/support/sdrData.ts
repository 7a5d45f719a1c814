import type { Schema } from '@/api/client';
import type { Enrollment } from '@/modules/sdr/conversation';
import type { Conversation, Message, SdrApproval } from '@/modules/sdr/queries';

/**
 * The data of the demo backend's SDR, in the shapes of its OpenAPI: a campaign with two first
 * contacts waiting for approval (a WhatsApp and an e-mail) and three leads who replied.
 */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CAMPAIGN = { campaign_id: id(700), campaign_name: 'Cafeterias SP' };

function draft(n: number, fields: Partial<SdrApproval>): SdrApproval {
  return {
    approval_id: id(710 + n),
    message_id: id(770 + n),
    run_id: id(720 + n),
    enrollment_id: id(730 + n),
    lead_id: id(740 + n),
    ...CAMPAIGN,
    name: '',
    company: null,
    channel: 'whatsapp',
    to: '',
    subject: null,
    text: '',
    step_index: 0,
    offline: false,
    demo: false,
    created_at: `2026-12-01T1${n}:00:00Z`,
    ...fields,
  };
}

export const DRAFTS = {
  whatsapp: draft(1, {
    name: 'Bia Souza',
    company: 'Café Aurora',
    to: '+5511987654321',
    text: 'Oi, Bia! Vi os vídeos do Café Aurora e tenho uma ideia para o Natal.',
  }),
  email: draft(2, {
    name: 'João Lima',
    company: 'Padaria Sol',
    channel: 'email',
    to: 'joao@padariasol.com.br',
    subject: 'Vídeos para a Padaria Sol',
    text: 'Olá, João! Produzimos vídeos para padarias de bairro.',
  }),
};

function conversation(n: number, fields: Partial<Conversation>): Conversation {
  return {
    enrollment_id: id(750 + n),
    lead_id: id(760 + n),
    ...CAMPAIGN,
    name: '',
    company: null,
    channel: 'whatsapp',
    last_text: '',
    last_direction: 'in',
    classification: 'other',
    last_at: `2026-12-02T1${n}:00:00Z`,
    status: 'finished',
    finish_reason: 'replied',
    accepted_at: null,
    ...fields,
  };
}

export const CONVERSATIONS = {
  interested: conversation(2, {
    name: 'Rita Alves',
    company: 'Doceria Rita',
    last_text: 'Tenho interesse! Podemos falar amanhã?',
    classification: 'interested',
  }),
  later: conversation(1, {
    name: 'Paulo Reis',
    company: 'Empório Reis',
    channel: 'email',
    last_text: 'Agora não, talvez no ano que vem.',
    classification: 'not_now',
  }),
  /** The oldest reply (the inbox's second page): she objected, then opted out by phone (LGPD). */
  optedOut: conversation(0, {
    name: 'Marta Dias',
    company: 'Ateliê Marta',
    last_text: 'Já temos uma agência, obrigada.',
    classification: 'objection',
    finish_reason: 'opted_out',
  }),
};
export type ConversationKey = keyof typeof CONVERSATIONS;

export function message(c: Conversation, n: number, fields: Partial<Message>): Message {
  return {
    id: id(780 + n),
    enrollment_id: c.enrollment_id,
    step_index: 0,
    channel: c.channel,
    direction: 'out',
    subject: null,
    text: '',
    status: 'delivered',
    run_id: null,
    sent_at: `2026-12-01T1${n}:00:00Z`,
    classification: null,
    created_at: `2026-12-01T1${n}:00:00Z`,
    ...fields,
  };
}

export const MESSAGES: Record<string, Message[]> = {
  [CONVERSATIONS.interested.enrollment_id]: [
    message(CONVERSATIONS.interested, 1, { text: 'Oi, Rita! Que tal um vídeo da Doceria?' }),
    message(CONVERSATIONS.interested, 2, {
      direction: 'in',
      text: CONVERSATIONS.interested.last_text,
      status: 'received',
      classification: 'interested',
    }),
  ],
  [CONVERSATIONS.later.enrollment_id]: [
    message(CONVERSATIONS.later, 3, { subject: 'Vídeos para o Empório', text: 'Olá, Paulo!' }),
    message(CONVERSATIONS.later, 4, {
      direction: 'in',
      subject: 'Re: Vídeos para o Empório',
      text: CONVERSATIONS.later.last_text,
      status: 'received',
      classification: 'not_now',
    }),
  ],
  [CONVERSATIONS.optedOut.enrollment_id]: [
    message(CONVERSATIONS.optedOut, 5, { text: 'Oi, Marta! Vídeos para o Ateliê?' }),
    message(CONVERSATIONS.optedOut, 6, {
      direction: 'in',
      text: CONVERSATIONS.optedOut.last_text,
      status: 'received',
      classification: 'objection',
    }),
  ],
};

/** The enrollment behind a conversation, as GET /sdr/enrollments/{id} answers it. */
export function enrollmentOf(c: Conversation): Enrollment {
  const whatsapp = c.channel === 'whatsapp';
  return {
    id: c.enrollment_id,
    campaign_id: c.campaign_id,
    lead_id: c.lead_id,
    status: c.status,
    finish_reason: c.finish_reason,
    step_index: 0,
    next_at: null,
    send_at: null,
    run_id: null,
    name: c.name,
    company: c.company,
    phone: whatsapp ? '+5511912345678' : null,
    email: whatsapp ? null : 'contato@example.com.br',
    demo: false,
    accepted_at: c.accepted_at,
    replied_at: c.last_at,
  };
}

/** The notification of a reply, as the backend creates it for the campaign's owner. */
export function replyNotification(key: ConversationKey): Schema<'NotificationRead'> {
  const c = CONVERSATIONS[key];
  return {
    id: id(799),
    kind: 'sdr.reply',
    title: `${c.name} respondeu no WhatsApp`,
    body: c.last_text,
    link: `/sdr/campaigns/${c.campaign_id}`,
    data: {
      enrollment_id: c.enrollment_id,
      lead_id: c.lead_id,
      classification: c.classification,
      channel: c.channel,
    },
    created_at: '2026-12-02T12:00:00Z',
    read_at: null,
  };
}

/** The data of a notification's push, as the backend sends it (notifications/service.py). */
export const pushDataOf = (n: Schema<'NotificationRead'>) => ({
  notification_id: n.id,
  link: n.link,
  kind: n.kind,
  data: n.data,
});
