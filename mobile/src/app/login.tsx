export { LoginScreen as default } from '@/screens/LoginScreen';
