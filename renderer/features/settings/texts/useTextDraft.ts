import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/customer/customer';
import type { DunningText } from '../../../../shared/domain/dunning/texts';
import { api } from '../../../api';
import { useErrorText } from '../../../app/errors';

export type TextField = keyof DunningText;
export type TextTarget = { language: Language; levelId: string; profile: string };
type FieldElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * One text being edited: the draft, where the cursor was (so a placeholder clicked in the list lands there), and
 * saving or resetting it. The store refuses an unknown placeholder by name; the refusal goes on its field.
 */
export function useTextDraft(target: TextTarget, initial: DunningText) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [draft, setDraft] = useState<DunningText>({ subject: initial.subject, body: initial.body, sms: initial.sms });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TextField, string>>>({});
  const [busy, setBusy] = useState(false);
  const elements = useRef<Partial<Record<TextField, FieldElement | null>>>({});
  const active = useRef<TextField>('body');

  const change = (field: TextField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setFieldErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  /** `{{name}}` at the cursor of the field last typed in (the body at first), replacing any selection. */
  const insert = (placeholder: string) => {
    const field = active.current;
    const el = elements.current[field];
    const token = `{{${placeholder}}}`;
    const text = draft[field];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? start;
    change(field, text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const bind = (field: TextField) => ({
    ref: (el: FieldElement | null) => {
      elements.current[field] = el;
    },
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => change(field, e.currentTarget.value),
    onFocus: () => {
      active.current = field;
    },
    error: fieldErrors[field],
  });

  const save = async () => {
    setBusy(true);
    try {
      const r = await api().policies.saveText({ ...target, text: draft });
      if (r.ok) {
        notifications.show({ color: 'teal', message: t('policies.texts.saved') });
        return;
      }
      const issues = r.error.details?.issues ?? [];
      // The channel names the field as text.body; the form knows it as body.
      const placed: Partial<Record<TextField, string>> = {};
      for (const i of issues) {
        const field = i.field.split('.').pop() as TextField;
        placed[field] = placed[field] ? `${placed[field]} · ${errors.word(i)}` : errors.word(i);
      }
      setFieldErrors(placed);
      if (issues.length === 0) notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${r.error.code}`) });
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      const r = await api().policies.resetText(target);
      if (r.ok) notifications.show({ color: 'teal', message: t('policies.texts.resetDone') });
      else notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${r.error.code}`) });
    } finally {
      setBusy(false);
    }
  };

  const dirty = (['subject', 'body', 'sms'] as const).some((f) => draft[f] !== initial[f]);
  return { draft, bind, insert, save, reset, busy, dirty };
}
