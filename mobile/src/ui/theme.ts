import { StyleSheet } from 'react-native';

export const colors = {
  brand: '#5B2A86',
  brandSoft: '#EFE7F6',
  text: '#1C1B1F',
  muted: '#5F5B66',
  border: '#DCD7E0',
  background: '#F7F5F9',
  surface: '#FFFFFF',
  danger: '#B3261E',
  dangerSoft: '#FCEDEC',
  onBrand: '#FFFFFF',
};

export const space = { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 };

export const type = StyleSheet.create({
  title: { fontSize: 24, fontWeight: '700', color: colors.text },
  heading: { fontSize: 17, fontWeight: '600', color: colors.text },
  body: { fontSize: 15, color: colors.text },
  muted: { fontSize: 14, color: colors.muted },
  error: { fontSize: 14, color: colors.danger },
});
