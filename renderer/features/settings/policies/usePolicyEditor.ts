import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { useErrorText } from '../../../app/errors';
import { blankLevel, type PlacedIssue, placeIssue, type PolicyValues, rowKey, toPolicy } from './policy-form';

/**
 * The policy editor's state: the form, its levels' order, and saving. The store checks the policy (levels, days,
 * interest cap, the legal guards of its law); what it refuses is put on the field it names and listed by level, and
 * nothing is saved.
 */
export function usePolicyEditor(initial: PolicyValues, policyIds: ReadonlySet<string>, onSaved: () => void) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const form = useForm<PolicyValues>({ mode: 'controlled', initialValues: initial });
  const [refusals, setRefusals] = useState<PlacedIssue[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const result = await api().policies.save(toPolicy(values, policyIds));
      if (result.ok) {
        setRefusals([]);
        notifications.show({ color: 'teal', message: t('policies.editor.saved', { name: result.value.name }) });
        onSaved();
        return;
      }
      const placed = (result.error.details?.issues ?? []).map((i) => placeIssue(i, values));
      setRefusals(placed);
      const byPath = new Map<string, string[]>();
      for (const p of placed) byPath.set(p.path, [...(byPath.get(p.path) ?? []), errors.word(p.issue)]);
      form.setErrors(Object.fromEntries([...byPath].map(([path, words]) => [path, [...new Set(words)].join(' · ')])));
      if (placed.length === 0) notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${result.error.code}`) });
    } finally {
      setSaving(false);
    }
  });

  const levels = {
    add() {
      const n = form.getValues().levels.length + 1;
      form.insertListItem('levels', { ...blankLevel(), name: t('policies.levels.newName', { n }) });
    },
    remove(index: number) {
      form.removeListItem('levels', index);
    },
    /** Moves a level and keeps the keyboard on the button that moved it, so pressing again moves it further. */
    move(index: number, by: -1 | 1) {
      const list = form.getValues().levels;
      const key = list[index]!.key;
      const to = index + by;
      form.reorderListItem('levels', { from: index, to });
      // At the top or bottom that button is disabled: the keyboard goes to the one that still moves it.
      const direction = to === 0 ? 'down' : to === list.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
      requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-row="${key}"][data-move="${direction}"]`)?.focus());
    },
  };

  const tolerance = {
    add(currency: string) {
      form.insertListItem('tolerance', { key: rowKey(), currency, amount: '' });
    },
    remove(index: number) {
      form.removeListItem('tolerance', index);
    },
  };

  return { form, submit, saving, refusals, levels, tolerance };
}
