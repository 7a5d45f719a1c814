import { crmPtBR } from './crm.pt-BR';
import { sdrPtBR } from './sdr.pt-BR';

/** The interface in Brazilian Portuguese, the default. `{name}` marks a value filled in. */
export const ptBR = {
  'common.retry': 'Tentar de novo',
  'common.loadFailed': 'Não foi possível carregar. Puxe a tela para tentar de novo.',
  'common.offline': 'Sem conexão. Mostrando o que foi salvo às {time}.',
  'common.close': 'Fechar',
  'common.cancel': 'Cancelar',
  'common.loadMore': 'Carregar mais',
  'common.loadingMore': 'Carregando…',

  'login.title': 'Entrar',
  'login.subtitle': 'App da equipe Somos Produtora',
  'login.email': 'E-mail',
  'login.password': 'Senha',
  'login.submit': 'Entrar',
  'login.submitting': 'Entrando…',
  'login.required': 'Preencha este campo.',
  'login.invalidEmail': 'Digite um e-mail válido.',
  'login.wrongCredentials': 'E-mail ou senha incorretos.',
  'login.tooManyAttempts': 'Muitas tentativas. Tente de novo em {seconds} s.',
  'login.network': 'Sem conexão com o servidor. Verifique a internet e tente de novo.',
  'login.unexpected': 'Algo deu errado ({code}). Tente de novo.',
  'login.clientPortal':
    'Esta conta é de cliente. O app é da equipe: acompanhe projetos, contratos e faturas pelo portal do cliente, no navegador.',
  'login.expired': 'Sua sessão expirou. Entre de novo.',

  'role.Admin': 'Administração',
  'role.Diretor': 'Diretoria',
  'role.Comercial': 'Comercial',
  'role.Campo': 'Equipe de campo',
  'role.Agente_IA': 'Agente de IA',
  'role.Cliente': 'Cliente',

  'tabs.home': 'Início',
  'tabs.deals': 'Negócios',
  'tabs.approvals': 'Aprovações',
  'tabs.notifications': 'Notificações',
  'tabs.settings': 'Perfil',

  'home.morning': 'Bom dia, {name}',
  'home.afternoon': 'Boa tarde, {name}',
  'home.evening': 'Boa noite, {name}',
  'home.roleAtOrganization': '{role} · {organization}',
  'home.approvals': 'Aprovações pendentes',
  'home.approvalsEmpty': 'Nenhuma aprovação esperando.',
  'home.seeAllApprovals': 'Ver todas as aprovações ({count})',
  'home.notifications': 'Últimas notificações',
  'home.notificationsEmpty': 'Nada novo por aqui.',
  'home.seeAllNotifications': 'Ver todas as notificações',
  'home.tasks': 'Suas tarefas',
  'home.tasksEmpty':
    'As tarefas chegam com o módulo de projetos. Quando ele estiver no ar, o seu dia de produção aparece aqui.',

  'notifications.title': 'Notificações',
  'notifications.markAllRead': 'Marcar todas como lidas',
  'notifications.empty': 'Nenhuma notificação.',
  'notifications.unread': 'Não lida',

  'approvals.title': 'Aprovações',
  'approvals.empty': 'Nenhuma aprovação esperando.',
  'approvals.approve': 'Aprovar',
  'approvals.reject': 'Rejeitar',
  'approvals.edit': 'Editar',
  'approvals.reason': 'Motivo da rejeição',
  'approvals.confirmReject': 'Confirmar rejeição',
  'approvals.readOnly': 'Você acompanha a fila; quem aprova é a administração.',
  'approvals.failed': 'Não foi possível registrar a decisão: {reason}',

  ...crmPtBR,
  ...sdrPtBR,

  'settings.title': 'Perfil',
  'settings.language': 'Idioma',
  'settings.push': 'Notificações no celular',
  'settings.push.checking': 'Verificando…',
  'settings.push.granted': 'Ativas neste aparelho.',
  'settings.push.denied': 'Bloqueadas. Ative nas configurações do sistema para ser avisado.',
  'settings.push.unavailable': 'Indisponíveis aqui (emulador ou navegador).',
  'settings.push.notConfigured': 'Ainda não configuradas neste build (falta o projeto EAS).',
  'settings.push.failed': 'Não foi possível registrar este aparelho.',
  'settings.openSystemSettings': 'Abrir configurações',
  'settings.logout': 'Sair',
  'settings.loggingOut': 'Saindo…',
  'settings.version': 'Versão {version}',
};

export type MessageKey = keyof typeof ptBR;
