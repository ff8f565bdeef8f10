import { ActionIcon, Alert, Button, Group, Input, List, Menu, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowLeft, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { FormActions } from '../../../app/FormActions';
import { MoneyInput } from '../../../app/MoneyInput';
import { useFormat } from '../../../i18n/format';
import { currencies } from '../../receivables/InvoiceFormModal';
import { LevelsTable } from './LevelsTable';
import type { PlacedIssue, PolicyValues } from './policy-form';
import { usePolicyEditor } from './usePolicyEditor';
import { useUnsavedChanges } from '../../../app/discard';

type Props = { initial: PolicyValues; policyIds: ReadonlySet<string>; onClose(): void };

/** Settings → Dunning policies → one policy: its law and settings, then its levels. */
export function PolicyEditor({ initial, policyIds, onClose }: Props) {
  const { t } = useTranslation();
  const editor = usePolicyEditor(initial, policyIds, onClose);
  useUnsavedChanges(editor.form.isDirty());
  const { form } = editor;
  const v = form.getValues();
  return (
    <form onSubmit={editor.submit} noValidate>
      <Stack gap="md">
        <Group gap="xs">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('policies.editor.back')} onClick={onClose}>
            <IconArrowLeft size={18} />
          </ActionIcon>
          <Title order={3}>{initial.id ? t('policies.editor.editTitle', { name: initial.name }) : t('policies.editor.newTitle')}</Title>
        </Group>
        <PolicyFields form={form} onAddCurrency={editor.tolerance.add} onRemoveCurrency={editor.tolerance.remove} />
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            {t('policies.levels.title')}
          </Title>
          <LevelsTable form={form} fourteenDay={v.country === 'NL' && v.kind === 'consumer'} onMove={editor.levels.move} onRemove={editor.levels.remove} onAdd={editor.levels.add} />
        </Paper>
        {editor.refusals.length > 0 && <Refusals refusals={editor.refusals} />}
        <FormActions onCancel={onClose} submitting={editor.saving} />
      </Stack>
    </form>
  );
}

type FieldsProps = { form: UseFormReturnType<PolicyValues>; onAddCurrency(currency: string): void; onRemoveCurrency(index: number): void };

function PolicyFields({ form, onAddCurrency, onRemoveCurrency }: FieldsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const v = form.getValues();
  const f = (path: string) => ({ ...form.getInputProps(path), key: form.key(path) });
  const unused = currencies.filter((c) => !v.tolerance.some((row) => row.currency === c));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <TextInput label={t('policies.editor.name')} required style={{ gridColumn: 'span 2' }} data-autofocus {...f('name')} />
          <Select label={t('policies.editor.country')} data={(['NL', 'BE', 'DE'] as const).map((c) => ({ value: c, label: fmt.country(c) }))} allowDeselect={false} {...f('country')} />
          <Select label={t('policies.editor.kind')} data={(['business', 'consumer'] as const).map((k) => ({ value: k, label: t(`policies.kinds.${k}`) }))} allowDeselect={false} {...f('kind')} />
          <Select label={t('policies.editor.mode')} data={(['invoice', 'customer'] as const).map((m) => ({ value: m, label: t(`policies.modes.${m}`) }))} allowDeselect={false} {...f('mode')} />
          <Select
            label={t('policies.editor.levelOneFrom')}
            data={(['due_date', 'issue_date'] as const).map((o) => ({ value: o, label: t(`policies.editor.levelOneFromOptions.${o}`) }))}
            allowDeselect={false}
            {...f('levelOneFrom')}
          />
          <Select
            label={t('policies.editor.afterLast')}
            data={(['stop', 'repeat', 'handover'] as const).map((o) => ({ value: o, label: t(`policies.editor.afterLastOptions.${o}`) }))}
            allowDeselect={false}
            description={v.afterLastKind === 'handover' ? t('policies.editor.handoverHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            style={v.afterLastKind === 'repeat' ? undefined : { gridColumn: 'span 2' }}
            {...f('afterLastKind')}
          />
          {v.afterLastKind === 'repeat' && <NumberInput label={t('policies.editor.repeatDays')} min={1} max={365} allowDecimal={false} {...f('repeatDays')} />}
        </SimpleGrid>
        <div>
          <Input.Label>{t('policies.editor.tolerance')}</Input.Label>
          <Input.Description mb={4}>{t('policies.editor.toleranceHint')}</Input.Description>
          <Group align="flex-start" gap="sm">
            {v.tolerance.map((row, i) => (
              <Group key={row.key} gap={4} align="flex-start" wrap="nowrap">
                <MoneyInput
                  w={150}
                  aria-label={t('policies.levels.tolerance', { currency: row.currency })}
                  currency={row.currency}
                  prefix={row.currency === 'EUR' ? '€ ' : `${row.currency} `}
                  {...f(`tolerance.${i}.amount`)}
                />
                {row.currency !== 'EUR' && (
                  <ActionIcon variant="subtle" color="gray" mt={4} aria-label={t('policies.editor.removeCurrency', { currency: row.currency })} onClick={() => onRemoveCurrency(i)}>
                    <IconX size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {unused.length > 0 && (
              <Menu position="bottom-start">
                <Menu.Target>
                  <Button variant="subtle" leftSection={<IconPlus size={14} />}>
                    {t('policies.editor.addCurrency')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {unused.map((c) => (
                    <Menu.Item key={c} onClick={() => onAddCurrency(c)}>
                      {c}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </div>
      </Stack>
    </Paper>
  );
}

const fieldLabelKey = {
  name: 'policies.levels.name',
  days: 'policies.levels.days',
  payWithinDays: 'policies.levels.payWithinDays',
  interestKind: 'policies.levels.interest',
  interestPct: 'policies.levels.interestPct',
  costsKind: 'policies.levels.costs',
  costsAmount: 'policies.levels.costsAmount',
  costsPct: 'policies.levels.costsPct',
  channel: 'policies.levels.channel',
  finalNotice: 'policies.levels.finalNotice',
  fourteenDayLetter: 'policies.levels.fourteenDayLetter',
  country: 'policies.editor.country',
  kind: 'policies.editor.kind',
  mode: 'policies.editor.mode',
  levelOneFrom: 'policies.editor.levelOneFrom',
  tolerance: 'policies.editor.tolerance',
  afterLastKind: 'policies.editor.afterLast',
  repeatDays: 'policies.editor.repeatDays',
  levels: 'policies.levels.title',
} as const satisfies Record<PlacedIssue['field'], string>;

/** What the store refused, by level and field ("Level 1 · Costs: …"): the summary next to the fields that carry it. */
function Refusals({ refusals }: { refusals: PlacedIssue[] }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  return (
    <Alert color="red" title={t('policies.editor.refused')} data-testid="policy-refusals">
      <List size="sm" spacing={2}>
        {refusals.map((r, i) => {
          const field = t(fieldLabelKey[r.field]);
          const message = errors.word(r.issue);
          return <List.Item key={i}>{r.level === null ? t('policies.levels.issue', { field, message }) : t('policies.levels.issueAtLevel', { n: r.level + 1, field, message })}</List.Item>;
        })}
      </List>
    </Alert>
  );
}
