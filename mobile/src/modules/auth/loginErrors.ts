import { ApiError } from '@/api/problem';
import type { Translate } from '@/i18n';

export type LoginErrors = { email?: string; password?: string; form?: string };

/** The backend's pydantic error types we word ourselves; others keep the server's message. */
const FIELD_WORDING: Record<string, 'login.invalidEmail' | 'login.required'> = {
  value_error: 'login.invalidEmail',
  missing: 'login.required',
  string_too_short: 'login.required',
};

/** Where each failure of a login shows: under its field, or above the form. */
export function loginErrors(error: unknown, t: Translate): LoginErrors {
  if (!(error instanceof ApiError)) return { form: t('login.network') };
  if (error.status === 401) return { form: t('login.wrongCredentials') };
  if (error.status === 429) {
    return { form: t('login.tooManyAttempts', { seconds: error.retryAfter ?? 60 }) };
  }
  if (error.status === 422 && error.fieldErrors.length > 0) {
    const errors: LoginErrors = {};
    for (const { field, message, type } of error.fieldErrors) {
      const wording = type && FIELD_WORDING[type];
      const text = wording ? t(wording) : message;
      if (field === 'email' || field === 'password') errors[field] ??= text;
      else errors.form ??= text;
    }
    return errors;
  }
  return { form: t('login.unexpected', { code: error.code }) };
}
