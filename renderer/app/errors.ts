import { useTranslation } from 'react-i18next';
import { AppFailure, type FieldIssue } from '../../shared/result';

/** Words typed errors in the user's language: per field for forms, one line for notifications. */
export function useErrorText() {
  const { t } = useTranslation();
  const word = (i: FieldIssue): string => String(t(i.key as never, (i.params ?? {}) as never));
  return {
    fieldErrors(e: unknown): Record<string, string> {
      if (!(e instanceof AppFailure)) return {};
      return Object.fromEntries(e.issues.map((i) => [i.field, word(i)]));
    },
    message(e: unknown): string {
      if (e instanceof AppFailure) {
        if (e.issues.length > 0) return e.issues.map(word).join(' · ');
        return t(`errors.codes.${e.code}`);
      }
      return t('errors.failed', { message: e instanceof Error ? e.message : String(e) });
    },
    word,
  };
}
