import { formatBRL, formatDate, formatDateTime, hourInSaoPaulo } from '@/i18n/format';

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
});
