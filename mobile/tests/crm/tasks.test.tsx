import { fireEvent, screen, waitFor, within } from 'expo-router/testing-library';

import { freshPhone } from '../support/app';
import { fakeCrm, TASKS } from '../support/crm';
import { signInToCrm } from '../support/crmApp';
import { held } from '../support/fakeApi';

beforeEach(freshPhone);

const patchUrl = `/api/v1/crm/activities/${TASKS.today.id}`;

async function openTasks() {
  fireEvent.press(await screen.findByText('Ver minhas tarefas'));
  return screen.findByRole('checkbox', { name: TASKS.today.subject });
}

describe('my tasks', () => {
  it('sums them up on the home screen', async () => {
    await signInToCrm();

    const home = within(screen.getByLabelText('Suas tarefas'));
    expect(await home.findByText('Atrasadas: 1 · Para hoje: 1')).toBeOnTheScreen();
    expect(home.getByText(TASKS.overdue.subject)).toBeOnTheScreen();
    expect(home.getByText(TASKS.today.subject)).toBeOnTheScreen();
  });

  it('ticks a task done at once, and opens it again', async () => {
    const crm = fakeCrm();
    const answer = held(crm.routes[`PATCH ${patchUrl}`]!);
    const api = await signInToCrm(crm, { routes: { [`PATCH ${patchUrl}`]: answer.handler } });
    await openTasks();
    expect(screen.getByLabelText(`Atrasadas (1)`)).toBeOnTheScreen();
    expect(screen.getByRole('checkbox', { name: TASKS.overdue.subject })).not.toBeChecked();
    // each task links to what it is about, by name
    expect(screen.getByText('Clipe institucional Café Aurora')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('checkbox', { name: TASKS.today.subject }));

    // checked before the server answers
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: TASKS.today.subject })).toBeChecked(),
    );
    answer.release();
    await waitFor(() => expect(crm.task('today').done_at).not.toBeNull());
    expect(api.callsTo('PATCH', patchUrl).map((c) => c.body)).toEqual([{ done: true }]);
    // still listed (struck through) so it can be undone
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: TASKS.today.subject })).toBeEnabled(),
    );
    expect(screen.getByRole('checkbox', { name: TASKS.today.subject })).toBeChecked();

    fireEvent.press(screen.getByRole('checkbox', { name: TASKS.today.subject }));

    await waitFor(() => expect(crm.task('today').done_at).toBeNull());
    expect(api.callsTo('PATCH', patchUrl).map((c) => c.body)).toEqual([
      { done: true },
      { done: false },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: TASKS.today.subject })).not.toBeChecked(),
    );
  });

  it('puts the box back and says so when the tick cannot reach the server', async () => {
    await signInToCrm(fakeCrm(), {
      routes: {
        [`PATCH ${patchUrl}`]: () => {
          throw new TypeError('Network request failed');
        },
      },
    });
    await openTasks();

    fireEvent.press(screen.getByRole('checkbox', { name: TASKS.today.subject }));

    expect(await screen.findByText('Sem conexão: a tarefa não foi atualizada.')).toBeOnTheScreen();
    expect(screen.getByRole('checkbox', { name: TASKS.today.subject })).not.toBeChecked();
  });
});
