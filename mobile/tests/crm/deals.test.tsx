import { act, fireEvent, screen, waitFor, within } from 'expo-router/testing-library';
import { router } from 'expo-router';

import { freshPhone } from '../support/app';
import { DEALS, fakeCrm, PIPELINE_ID, STAGES } from '../support/crm';
import { openDeals, signInToCrm, stageChip } from '../support/crmApp';
import { held } from '../support/fakeApi';

beforeEach(freshPhone);

const aurora = DEALS.aurora;
const moveUrl = `/api/v1/crm/deals/${aurora.id}/move`;

function moveTo(title: string, stage: string) {
  fireEvent.press(screen.getByRole('button', { name: `Mover ${title}` }));
  fireEvent.press(screen.getByRole('button', { name: `Mover para ${stage}` }));
}

describe('deals by stage', () => {
  it('moves a deal to another stage, where it then shows', async () => {
    const crm = fakeCrm();
    const answer = held(crm.routes[`POST ${moveUrl}`]!);
    const api = await signInToCrm(crm, { routes: { [`POST ${moveUrl}`]: answer.handler } });
    await openDeals();

    expect(await screen.findByText(aurora.title)).toBeOnTheScreen();
    expect(screen.getByText(DEALS.sol.title)).toBeOnTheScreen();
    expect(
      screen.getByRole('button', { name: stageChip('Qualificação', '2 negócios', '20.000,00') }),
    ).toBeOnTheScreen();

    moveTo(aurora.title, 'Proposta');

    // before the server answers: out of Qualificação, into Proposta
    await waitFor(() => expect(screen.queryByText(aurora.title)).not.toBeOnTheScreen());
    expect(
      screen.getByRole('button', { name: stageChip('Qualificação', '1 negócio', '8.000,00') }),
    ).toBeOnTheScreen();
    fireEvent.press(
      screen.getByRole('button', { name: stageChip('Proposta', '2 negócios', '57.000,00') }),
    );
    const proposal = within(screen.getByLabelText('Proposta'));
    expect(proposal.getByText(aurora.title)).toBeOnTheScreen();
    expect(proposal.getByText(DEALS.serra.title)).toBeOnTheScreen();

    answer.release();

    expect(await screen.findByText(`«${aurora.title}» agora está em Proposta.`)).toBeOnTheScreen();
    expect(api.callsTo('POST', moveUrl).map((c) => c.body)).toEqual([
      { stage_id: STAGES.proposal.id, position: 0, version: 3 },
    ]);
    // the board as the server has it now
    const boardUrl = `/api/v1/crm/pipelines/${PIPELINE_ID}/board`;
    await waitFor(() => expect(api.callsTo('GET', boardUrl)).toHaveLength(2));
    expect(within(screen.getByLabelText('Proposta')).getByText(aurora.title)).toBeOnTheScreen();
    expect(
      screen.getByRole('button', { name: stageChip('Proposta', '2 negócios', '57.000,00') }),
    ).toBeOnTheScreen();
  });

  it('puts the deal back and says why when someone changed it meanwhile (409)', async () => {
    const crm = fakeCrm();
    const api = await signInToCrm(crm);
    await openDeals();
    await screen.findByText(aurora.title);
    crm.editElsewhere('aurora', { value: '15000.00' });

    moveTo(aurora.title, 'Proposta');

    expect(
      await screen.findByText(
        `«${aurora.title}» foi alterado por outra pessoa enquanto você olhava (agora em ` +
          'Qualificação). Nada foi movido: confira e tente de novo.',
      ),
    ).toBeOnTheScreen();
    expect(screen.getByText(aurora.title)).toBeOnTheScreen();
    // the board as it is now: the new value, still in Qualificação
    expect(
      await screen.findByRole('button', {
        name: stageChip('Qualificação', '2 negócios', '23.000,00'),
      }),
    ).toBeOnTheScreen();
    expect(crm.deal('aurora').stage_id).toBe(STAGES.qualification.id);

    moveTo(aurora.title, 'Proposta');

    expect(await screen.findByText(`«${aurora.title}» agora está em Proposta.`)).toBeOnTheScreen();
    const sent = api.callsTo('POST', moveUrl).map((c) => c.body as { version: number });
    expect(sent.map((body) => body.version)).toEqual([3, 4]);
  });

  it('loads more deals of a stage from the deals list', async () => {
    const api = await signInToCrm(fakeCrm({ perStage: 1 }));
    await openDeals();
    expect(await screen.findByText(aurora.title)).toBeOnTheScreen();
    expect(screen.queryByText(DEALS.sol.title)).not.toBeOnTheScreen();

    fireEvent.press(screen.getByRole('button', { name: 'Carregar mais' }));

    expect(await screen.findByText(DEALS.sol.title)).toBeOnTheScreen();
    const query = api.callsTo('GET', '/api/v1/crm/deals')[0]?.query;
    expect(query?.get('stage_id')).toBe(STAGES.qualification.id);
    expect(query?.get('sort')).toBe('position');
    expect(query?.get('cursor')).toBe('1');
    expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeOnTheScreen();
  });

  it('asks why before moving a deal to a lost stage', async () => {
    const api = await signInToCrm();
    await openDeals();
    await screen.findByText(aurora.title);

    moveTo(aurora.title, 'Perdido');
    const confirm = screen.getByRole('button', { name: 'Marcar como perdido' });
    expect(confirm).toBeDisabled();
    fireEvent.changeText(screen.getByLabelText('Motivo da perda'), 'O cliente cortou a verba');
    fireEvent.press(confirm);

    expect(await screen.findByText(`«${aurora.title}» agora está em Perdido.`)).toBeOnTheScreen();
    expect(api.callsTo('POST', moveUrl)[0]?.body).toEqual({
      stage_id: STAGES.lost.id,
      position: 0,
      version: 3,
      lost_reason: 'O cliente cortou a verba',
    });
  });
});

describe('deal screen', () => {
  it('shows value, stage, company, contacts and expected close, and moves from there', async () => {
    await signInToCrm();
    await openDeals();
    fireEvent.press(await screen.findByRole('button', { name: aurora.title }));

    expect(await screen.findByLabelText('Etapa: Qualificação (20%)')).toBeOnTheScreen();
    expect(
      screen.getByLabelText(/^Valor: R\$\s12\.000,00 \(ponderado R\$\s2\.400,00\)$/),
    ).toBeOnTheScreen();
    expect(await screen.findByLabelText('Empresa: Café Aurora')).toBeOnTheScreen();
    expect(screen.getByLabelText('Previsão de fechamento: 20/12/2026')).toBeOnTheScreen();
    expect(await screen.findByText('Bia Souza · Diretora de marketing')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('button', { name: 'Mover de etapa' }));
    expect(screen.getByRole('button', { name: 'Qualificação (atual)' })).toBeDisabled();
    fireEvent.press(screen.getByRole('button', { name: 'Mover para Ganho' }));

    expect(await screen.findByLabelText('Etapa: Ganho (100%)')).toBeOnTheScreen();
    expect(await screen.findByText(`«${aurora.title}» agora está em Ganho.`)).toBeOnTheScreen();

    act(() => router.back());
    fireEvent.press(await screen.findByRole('button', { name: /^Ganho: 1 negócio/ }));
    expect(await screen.findByRole('button', { name: aurora.title })).toBeOnTheScreen();
  });

  it('logs a task with its due date, and shows it in the history', async () => {
    const api = await signInToCrm();
    act(() => router.push({ pathname: '/crm/deals/[id]', params: { id: aurora.id } }));
    await screen.findByLabelText('Etapa: Qualificação (20%)');

    fireEvent.press(screen.getByRole('button', { name: 'Tipo: Tarefa' }));
    fireEvent.press(screen.getByRole('button', { name: 'Registrar' }));
    expect(screen.getByText('Escreva o assunto ou os detalhes.')).toBeOnTheScreen();

    fireEvent.changeText(screen.getByLabelText('O que fazer'), 'Enviar orçamento');
    fireEvent.press(screen.getByRole('button', { name: 'Amanhã' }));
    fireEvent.press(screen.getByRole('button', { name: 'Registrar' }));

    expect(await screen.findByText('Tarefa registrada.')).toBeOnTheScreen();
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(
      new Date(Date.now() + 24 * 3_600_000),
    );
    expect(api.callsTo('POST', '/api/v1/crm/activities').map((c) => c.body)).toEqual([
      {
        kind: 'task',
        subject: 'Enviar orçamento',
        body: null,
        due_at: `${tomorrow}T21:00:00.000Z`,
        deal_id: aurora.id,
      },
    ]);
    const history = within(screen.getByLabelText('Histórico'));
    expect(await history.findByText('Enviar orçamento')).toBeOnTheScreen();
  });
});

describe('who sees the CRM', () => {
  it('Campo: no deals tab, no CRM calls; a CRM link lands on the home screen', async () => {
    const api = await signInToCrm(fakeCrm(), { role: 'Campo' });

    expect(screen.queryByRole('tab', { name: /^Negócios/ })).not.toBeOnTheScreen();
    act(() => router.push('/crm/tasks'));

    expect(await screen.findByText(/As tarefas chegam com o módulo de projetos/)).toBeOnTheScreen();
    expect(api.calls.filter((c) => c.path.startsWith('/api/v1/crm/'))).toHaveLength(0);
  });
});
