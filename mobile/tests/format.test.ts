import {
  dayInSaoPaulo,
  formatBRL,
  formatDate,
  formatDateTime,
  formatDay,
  formatMoney,
  hourInSaoPaulo,
} from '@/i18n/format';
import { formatPhone } from '@/modules/crm/contactPoints';
import { dayFromToday, dueAt } from '@/modules/crm/dueDate';

describe('formats of the company (BRL, dd/mm/yyyy, America/Sao_Paulo)', () => {
  it('writes dates as dd/mm/yyyy on the São Paulo calendar', () => {
    // 02:30 UTC on 1 December is still 30 November in São Paulo (UTC-3)
    expect(formatDate('2026-12-01T02:30:00Z')).toBe('30/11/2026');
    expect(formatDateTime('2026-12-01T15:05:00Z')).toBe('01/12/2026 12:05');
  });

  it('reads the hour in São Paulo, whatever the phone says', () => {
    expect(hourInSaoPaulo(new Date('2026-12-01T02:30:00Z'))).toBe(23);
  });

  it('writes money in reais in both languages', () => {
    expect(formatBRL(1234.5, 'pt-BR')).toMatch(/^R\$\s1\.234,50$/);
    expect(formatBRL(1234.5, 'en')).toBe('R$1,234.50');
  });

  it('writes a calendar day (an API date) as it is, with no time zone shift', () => {
    expect(formatDay('2026-12-01')).toBe('01/12/2026');
    expect(dayInSaoPaulo(new Date('2026-12-01T02:30:00Z'))).toBe('2026-11-30');
  });

  it('reads the API decimal strings as reais', () => {
    expect(formatMoney('12000.00', 'pt-BR')).toMatch(/^R\$\s12\.000,00$/);
  });

  it('writes Brazilian phone numbers the local way', () => {
    expect(formatPhone('+5511987654321')).toBe('+55 11 98765-4321');
    expect(formatPhone('+551133334444')).toBe('+55 11 3333-4444');
    expect(formatPhone('+14155550100')).toBe('+14155550100');
  });
});

describe('due dates of tasks (São Paulo, UTC-3)', () => {
  it('turns dd/mm/yyyy and HH:mm into the instant the API takes', () => {
    expect(dueAt('20/12/2026', '18:00')).toBe('2026-12-20T21:00:00.000Z');
    expect(dueAt(' 31/12/2026 ', '23:30')).toBe('2027-01-01T02:30:00.000Z');
  });

  it('refuses days and hours that do not exist', () => {
    expect(dueAt('31/02/2026', '18:00')).toBeNull();
    expect(dueAt('2026-12-20', '18:00')).toBeNull();
    expect(dueAt('20/12/2026', '24:00')).toBeNull();
  });

  it('counts the quick choices from the São Paulo day', () => {
    const lateEvening = new Date('2026-12-01T02:30:00Z'); // 30/11 23:30 in São Paulo
    expect(dayFromToday(0, lateEvening)).toBe('30/11/2026');
    expect(dayFromToday(1, lateEvening)).toBe('01/12/2026');
    expect(dayFromToday(7, lateEvening)).toBe('07/12/2026');
  });
});
