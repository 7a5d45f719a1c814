import type { MessageKey } from '@/i18n';

/**
 * One-tap answers a person starts from. The text is what the lead reads, so it is always in
 * Brazilian Portuguese whatever the app's language; only the label follows it.
 */
export const QUICK_ANSWERS: { label: MessageKey; text: string }[] = [
  {
    label: 'sdr.quick.call',
    text: 'Que bom ter o seu retorno! Posso te ligar hoje para conversarmos rapidamente?',
  },
  {
    label: 'sdr.quick.meeting',
    text:
      'Obrigado pela resposta! Qual o melhor dia e horário para uma conversa de 15 minutos esta semana?',
  },
  {
    label: 'sdr.quick.portfolio',
    text: 'Claro! Vou te enviar alguns trabalhos recentes da Somos Produtora para você conhecer.',
  },
  {
    label: 'sdr.quick.later',
    text: 'Sem problemas, entendo o momento. Posso voltar a falar com você daqui a alguns meses?',
  },
  {
    label: 'sdr.quick.thanks',
    text: 'Obrigado pelo retorno e pela atenção! Fico à disposição.',
  },
];
