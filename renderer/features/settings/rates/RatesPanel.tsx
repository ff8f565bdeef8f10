import { Badge, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefOf, OutputOf } from '../../../../shared/contract';
import { type RateTableId, rateTableIds } from '../../../../shared/domain/dunning/statutory/rates';
import { api, useBusinessDate, useChannel } from '../../../api';
import { DateField } from '../../../app/DateField';
import { useErrorText } from '../../../app/errors';
import { intlLocale } from '../../../i18n';
import { useFormat } from '../../../i18n/format';

type RateTableRow = OutputOf<DefOf<'policies.rates'>>[number];

/** A rate as the law writes it ("10.15"), shown the language's way ("10,15 %"); display only, never computed with. */
function usePct() {
  const { language } = useFormat();
  const f = new Intl.NumberFormat(intlLocale[language], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return (pct: string) => f.format(Number(pct) / 100);
}

/** The "add a rate" form: table, start date, percentage; the store's refusal goes on the field it names. */
function useAddRate() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const fmt = useFormat();
  const [table, setTable] = useState<RateTableId>('nl-commercial');
  const [from, setFrom] = useState('');
  const [pct, setPct] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      // A decimal comma is how most of the office types it; the law's tables use a point.
      const r = await api().policies.addRate({ table, from, pct: pct.trim().replace(',', '.') });
      if (r.ok) {
        notifications.show({ color: 'teal', message: t('policies.rates.addedDone', { pct: pct.trim(), date: fmt.date(from) }) });
        setFrom('');
        setPct('');
        setFieldErrors({});
        return;
      }
      const issues = r.error.details?.issues ?? [];
      // The store names the table's first date as data (2023-01-01); the user reads it the language's way.
      const worded = issues.map((i) => (typeof i.params?.date === 'string' ? { ...i, params: { ...i.params, date: fmt.date(i.params.date) } } : i));
      setFieldErrors(Object.fromEntries(worded.map((i) => [i.field, errors.word(i)])));
      if (issues.length === 0) notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.codes.${r.error.code}`) });
    } finally {
      setBusy(false);
    }
  };
  const clear = (field: string) => setFieldErrors(({ [field]: _cleared, ...rest }) => rest);
  return {
    table: { value: table, onChange: (v: string | null) => v && setTable(v as RateTableId), error: fieldErrors.table },
    from: {
      value: from,
      onChange: (v: string) => {
        setFrom(v);
        clear('from');
      },
      error: fieldErrors.from,
    },
    pct: {
      value: pct,
      onChange: (e: { currentTarget: { value: string } }) => {
        setPct(e.currentTarget.value);
        clear('pct');
      },
      error: fieldErrors.pct,
    },
    submit,
    busy,
  };
}

/** Settings → Interest rates: the four statutory tables, newest rate first, and a newly published rate added. */
export function RatesPanel() {
  const { t } = useTranslation();
  const rates = useChannel('policies.rates', {});
  const form = useAddRate();
  if (!rates.data) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('policies.rates.intro')}
      </Text>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('policies.rates.add')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit();
          }}
          noValidate
        >
          <Group align="flex-start" gap="sm" data-testid="add-rate">
            <Select
              w={300}
              label={t('policies.rates.table')}
              data={rateTableIds.map((id) => ({ value: id, label: t(`policies.rates.tables.${id}.name`) }))}
              allowDeselect={false}
              {...form.table}
            />
            <DateField w={170} label={t('policies.rates.start')} {...form.from} />
            <TextInput w={150} label={t('policies.rates.pctInput')} placeholder={t('policies.rates.pctHint')} inputMode="decimal" rightSection={<Text size="sm">%</Text>} {...form.pct} />
            <Button type="submit" mt={25} loading={form.busy}>
              {t('policies.rates.addButton')}
            </Button>
          </Group>
        </form>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {rates.data.map((table) => (
          <RateTable key={table.id} table={table} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function RateTable({ table }: { table: RateTableRow }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = usePct();
  const today = useBusinessDate();
  // The entry in force today: the last one that started on or before it.
  const current = today ? table.entries.filter((e) => e.from <= today).at(-1)?.from : undefined;
  return (
    <Paper withBorder p="md" data-testid={`rate-table-${table.id}`}>
      <Title order={5}>{t(`policies.rates.tables.${table.id}.name`)}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t(`policies.rates.tables.${table.id}.law`)}
      </Text>
      <Table.ScrollContainer minWidth={320} maxHeight={300} type="native">
        <Table stickyHeader verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('policies.rates.from')}</Table.Th>
              <Table.Th ta="right">{t('policies.rates.pct')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...table.entries].reverse().map((e) => (
              <Table.Tr key={e.from} data-testid="rate-row" fw={e.from === current ? 600 : undefined}>
                <Table.Td>{fmt.date(e.from)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {pct(e.pct)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {e.from === current && (
                      <Badge size="xs" variant="light" color="blue">
                        {t('policies.rates.current')}
                      </Badge>
                    )}
                    {e.unconfirmed && (
                      <Tooltip label={t('policies.rates.unconfirmedHint')}>
                        <Badge size="xs" variant="light" color="orange">
                          {t('policies.rates.unconfirmed')}
                        </Badge>
                      </Tooltip>
                    )}
                    {e.added && (
                      <Badge size="xs" variant="light" color="teal">
                        {t('policies.rates.added')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
