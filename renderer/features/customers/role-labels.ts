import { useTranslation } from 'react-i18next';
import { isRoleKey, normalizeRole, roleKeys } from '../../../shared/domain/customer/roles';

/**
 * Contact roles as the user reads them: a known role's key in the UI language ("accounting" → "Boekhouding"), an
 * office's own tag as typed. Forms hold labels and store keys; `tags` turns what was typed into labels.
 */
export function useRoleLabels() {
  const { t } = useTranslation();
  const label = (tag: string): string => (isRoleKey(tag) ? t(`contacts.roles.${tag}`) : tag);
  return {
    label,
    /** Whatever was typed, in any language, as the labels of what it will be stored as; each role once. */
    tags: (typed: string[]): string[] => [...new Set(typed.map((s) => s.trim()).filter(Boolean).map(normalizeRole))].map(label),
    /** Every known role first, then the office's own, as labels. */
    suggestions: (own: string[]): string[] => [...new Set([...roleKeys, ...own.map(normalizeRole).sort((a, b) => a.localeCompare(b))])].map(label),
  };
}
