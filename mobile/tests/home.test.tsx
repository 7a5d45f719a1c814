import { fireEvent, screen, waitFor, within } from 'expo-router/testing-library';

import { notification, page, type Role, signedInRoutes } from './support/backend';
import { freshPhone, loginOk, openApp, typeCredentials } from './support/app';
import { fakeApi } from './support/fakeApi';
import { DRAFTS } from './support/sdrData';

beforeEach(freshPhone);

async function signInAs(role: Role) {
  const api = fakeApi({
    'POST /api/v1/auth/login': loginOk,
    ...signedInRoutes(role),
    'GET /api/v1/sdr/approvals': () => page([DRAFTS.whatsapp]),
  });
  await openApp();
  typeCredentials(`${role.toLowerCase()}@demo.local`, 'demo12345');
  await screen.findByText('Suas tarefas');
  return api;
}

describe('home: the day of', () => {
  it.each([
    ['Campo', 'Caio', 'Equipe de campo'],
    ['Comercial', 'Carla', 'Comercial'],
  ] as const)('%s: greeting, role, notifications, no approvals', async (role, name, label) => {
    const api = await signInAs(role);

    expect(screen.getByText(new RegExp(`, ${name}$`))).toBeOnTheScreen();
    expect(screen.getByText(`${label} · Somos Produtora (demo)`)).toBeOnTheScreen();
    expect(await screen.findByText(notification.title)).toBeOnTheScreen();
    expect(screen.queryByText('Aprovações pendentes')).not.toBeOnTheScreen();
    expect(screen.queryByRole('tab', { name: /^Aprovações/ })).not.toBeOnTheScreen();
    expect(api.callsTo('GET', '/api/v1/agents/approvals')).toHaveLength(0);
  });

  it.each([
    ['Admin', 'Ana', 'Administração'],
    ['Diretor', 'Diego', 'Diretoria'],
  ] as const)('%s: also the first contacts waiting', async (role, name, label) => {
    await signInAs(role);

    expect(screen.getByText(new RegExp(`, ${name}$`))).toBeOnTheScreen();
    expect(screen.getByText(`${label} · Somos Produtora (demo)`)).toBeOnTheScreen();
    const approvals = within(await screen.findByLabelText('Aprovações pendentes'));
    expect(await approvals.findByText(/^Primeiro contato: Café Aurora/)).toBeOnTheScreen();
    expect(approvals.getByText('Ver todas as aprovações (1)')).toBeOnTheScreen();
    expect(screen.getByRole('tab', { name: /^Aprovações/ })).toBeOnTheScreen();
  });

  it('says honestly that tasks come with the projects module', async () => {
    await signInAs('Campo');

    expect(screen.getByText(/As tarefas chegam com o módulo de projetos/)).toBeOnTheScreen();
  });

  it('switches to English from the profile', async () => {
    await signInAs('Campo');

    fireEvent.press(screen.getByRole('tab', { name: /^Perfil/ }));
    fireEvent.press(await screen.findByRole('button', { name: 'English' }));

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeOnTheScreen();
    expect(screen.getByText('Field crew · Somos Produtora (demo)')).toBeOnTheScreen();
  });

  it('signs out from the profile and revokes the session', async () => {
    const api = await signInAs('Campo');

    fireEvent.press(screen.getByRole('tab', { name: /^Perfil/ }));
    fireEvent.press(await screen.findByRole('button', { name: 'Sair' }));

    expect(await screen.findByRole('button', { name: 'Entrar' })).toBeOnTheScreen();
    await waitFor(() =>
      expect(api.callsTo('POST', '/api/v1/auth/logout')[0]?.body).toEqual({
        refresh_token: 'refresh-1',
      }),
    );
  });
});
