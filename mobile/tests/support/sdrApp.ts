import { fireEvent, screen } from 'expo-router/testing-library';

import { type Role } from './backend';
import { fakeCrm } from './crm';
import { signInToCrm } from './crmApp';
import { type Handler } from './fakeApi';
import { fakeSdr } from './sdr';
import { type ConversationKey, CONVERSATIONS } from './sdrData';

/** Signs a user in against the SDR fake (and any routes that replace its answers). */
export function signInToSdr(
  sdr = fakeSdr(),
  { role = 'Diretor', routes = {} }: { role?: Role; routes?: Record<string, Handler> } = {},
) {
  return signInToCrm(fakeCrm(), { role, routes: { ...sdr.routes, ...routes } });
}

/** From the home screen, the replies inbox (its first page loaded). */
export async function openInbox() {
  fireEvent.press(await screen.findByText('Ver todas as respostas'));
  const { name, company } = CONVERSATIONS.interested;
  return screen.findByRole('button', { name: `${name} · ${company}` });
}

/** From the home screen, a conversation of the inbox's first page, its last reply shown. */
export async function openConversation(key: ConversationKey) {
  const c = CONVERSATIONS[key];
  await openInbox();
  fireEvent.press(screen.getByRole('button', { name: `${c.name} · ${c.company}` }));
  return screen.findByLabelText(`Resposta do lead: ${c.last_text}`);
}
