export { NotificationsScreen as default } from '@/screens/NotificationsScreen';
