import { act, fireEvent, screen } from 'expo-router/testing-library';

import { useLocaleStore } from '@/i18n/locale';

import { freshPhone } from '../support/app';
import { fakeSdr } from '../support/sdr';
import { openConversation, signInToSdr } from '../support/sdrApp';

beforeEach(freshPhone);

/** Rita's conversation, where the backend refuses (409 `code`) the answer Diego sends. */
async function sendRefused(code: string, reason?: string) {
  const sdr = fakeSdr();
  await signInToSdr(sdr);
  await openConversation('interested');
  sdr.refuse('interested', code, reason);
  fireEvent.changeText(screen.getByLabelText('Sua resposta'), 'Podemos falar amanhã?');
  fireEvent.press(screen.getByRole('button', { name: 'Enviar' }));
  return sdr;
}

describe('an answer the backend refuses', () => {
  it.each([
    ['suppressed', 'Nada foi enviado: o contato deste lead está na lista de supressão.'],
    ['demo_lead', 'Nada foi enviado: leads de demonstração só recebem mensagens no modo sandbox.'],
    ['no_address', 'Nada foi enviado: este lead não tem endereço neste canal.'],
    ['enrollment_finished', 'Nada foi enviado: a cadência deste lead já foi encerrada.'],
    ['enrollment_gone', 'Nada foi enviado: este lead não está mais na campanha.'],
  ])('%s: says why in its own words, and keeps the text', async (code, explanation) => {
    const sdr = await sendRefused(code);

    expect(await screen.findByText(explanation)).toBeOnTheScreen();
    expect(screen.queryByText(/Not sent/)).not.toBeOnTheScreen();
    expect(screen.getByLabelText('Sua resposta').props.value).toBe('Podemos falar amanhã?');
    expect(sdr.messages('interested')).toHaveLength(2);
  });

  it('says it in English too', async () => {
    await sendRefused('suppressed');
    await screen.findByText('Nada foi enviado: o contato deste lead está na lista de supressão.');

    act(() => {
      useLocaleStore.getState().setLocale('en');
    });

    expect(
      await screen.findByText("Nothing was sent: this lead's contact is on the suppression list."),
    ).toBeOnTheScreen();
  });

  it('a code the app does not know: the generic text, with the server’s reason', async () => {
    await sendRefused('channel_paused', 'the WhatsApp number is paused');

    const generic = 'Nada foi enviado a este lead: Not sent: the WhatsApp number is paused';
    expect(await screen.findByText(generic)).toBeOnTheScreen();
  });
});
