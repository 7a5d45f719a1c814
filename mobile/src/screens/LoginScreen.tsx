import { useState } from 'react';
import { KeyboardAvoidingView, Platform, StyleSheet, Text, View } from 'react-native';

import { ApiError } from '@/api/problem';
import { useT } from '@/i18n';
import { type LoginErrors, loginErrors } from '@/modules/auth/loginErrors';
import { useLogin } from '@/modules/auth/queries';
import { useSession } from '@/session/store';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Screen } from '@/ui/Screen';
import { TextField } from '@/ui/TextField';
import { space, type } from '@/ui/theme';
import { useCountdown } from '@/ui/useCountdown';

export function LoginScreen() {
  const t = useT();
  const login = useLogin();
  const expired = useSession((s) => s.signOutReason === 'expired');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const [notStaff, setNotStaff] = useState(false);
  const [waitSeconds, startWait] = useCountdown();

  async function submit() {
    const missing: LoginErrors = {
      email: email.trim() ? undefined : t('login.required'),
      password: password ? undefined : t('login.required'),
    };
    setErrors(missing);
    setNotStaff(false);
    if (missing.email || missing.password) return;
    try {
      const outcome = await login.mutateAsync({ email: email.trim(), password });
      setNotStaff(outcome === 'notStaff');
    } catch (error) {
      setErrors(loginErrors(error, t));
      if (error instanceof ApiError && error.retryAfter) startWait(error.retryAfter);
    }
  }

  const formError =
    waitSeconds > 0 ? t('login.tooManyAttempts', { seconds: waitSeconds }) : errors.form;
  const busy = login.isPending;

  return (
    <KeyboardAvoidingView
      style={styles.fill}
      behavior={Platform.OS === 'ios' ? 'padding' : undefined}
    >
      <Screen>
        <View style={styles.header}>
          <Text style={type.title} accessibilityRole="header">
            {t('login.title')}
          </Text>
          <Text style={type.muted}>{t('login.subtitle')}</Text>
        </View>
        {expired && !formError ? <Notice text={t('login.expired')} /> : null}
        {notStaff ? <Notice text={t('login.clientPortal')} /> : null}
        {formError ? <Notice tone="error" text={formError} /> : null}
        <TextField
          label={t('login.email')}
          value={email}
          onChangeText={setEmail}
          error={errors.email}
          autoCapitalize="none"
          autoComplete="email"
          autoCorrect={false}
          keyboardType="email-address"
          textContentType="username"
          returnKeyType="next"
        />
        <TextField
          label={t('login.password')}
          value={password}
          onChangeText={setPassword}
          error={errors.password}
          secureTextEntry
          autoComplete="current-password"
          textContentType="password"
          returnKeyType="go"
          onSubmitEditing={submit}
        />
        <Button
          label={busy ? t('login.submitting') : t('login.submit')}
          onPress={submit}
          disabled={busy || waitSeconds > 0}
        />
      </Screen>
    </KeyboardAvoidingView>
  );
}

const styles = StyleSheet.create({
  fill: { flex: 1 },
  header: { gap: space.xs, marginTop: space.xl },
});
