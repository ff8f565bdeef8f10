import { Alert, Badge, Button, Checkbox, Grid, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceCandidate, UnmatchedEntry } from '../../../shared/domain/bank/manual-matching';
import { api, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { MoneyInput } from '../../app/MoneyInput';
import { useFormat } from '../../i18n/format';

type Chosen = { candidate: InvoiceCandidate; cents: number };

/** Proposals the matcher can make now (an invoice imported after the statement) are preselected. */
function proposed(u: UnmatchedEntry): Map<string, Chosen> {
  return new Map(u.candidates.filter((c) => c.proposedCents !== null).map((c) => [c.invoiceId, { candidate: c, cents: c.proposedCents! }]));
}

function EntryPanel({ item, onDone }: { item: UnmatchedEntry; onDone(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const { entry } = item;
  const [chosen, setChosen] = useState<Map<string, Chosen>>(() => proposed(item));
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [busy, setBusy] = useState(false);
  const found = useChannel('bank.searchInvoices', { query: debounced, currency: entry.currency }, {
    enabled: debounced.length > 0,
  });

  const allocated = [...chosen.values()].reduce((s, c) => s + c.cents, 0);
  const customers = new Set([...chosen.values()].map((c) => c.candidate.customerId));
  const problem = customers.size > 1 ? t('bank.oneCustomer') : allocated > entry.amountCents ? t('bank.overAmount') : null;
  const toggle = (c: InvoiceCandidate, on: boolean) =>
    setChosen((m) => {
      const next = new Map(m);
      if (on) next.set(c.invoiceId, { candidate: c, cents: Math.max(0, Math.min(c.openCents, entry.amountCents - allocated)) });
      else next.delete(c.invoiceId);
      return next;
    });
  const setCents = (id: string, cents: number) =>
    setChosen((m) => {
      const c = m.get(id);
      return c ? new Map(m).set(id, { ...c, cents }) : m;
    });

  const act = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await work();
      notifications.show({ color: 'teal', message });
      onDone();
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setBusy(false);
    }
  };
  const book = () => {
    const first = [...chosen.values()][0]!;
    return act(
      () =>
        unwrap(
          api().bank.match({
            entryId: entry.id,
            customerId: first.candidate.customerId,
            allocations: [...chosen.values()].filter((c) => c.cents > 0).map((c) => ({ invoiceId: c.candidate.invoiceId, amountCents: c.cents })),
          }),
        ),
      t('bank.matched', { customer: first.candidate.customerName }),
    );
  };

  const searchHits = (found.data ?? []).filter((c) => !item.candidates.some((k) => k.invoiceId === c.invoiceId));
  // Invoices chosen from an earlier search stay visible after the search text changes.
  const listed = new Set([...item.candidates, ...searchHits].map((c) => c.invoiceId));
  const others = [...chosen.values()].map((c) => c.candidate).filter((c) => !listed.has(c.invoiceId));
  const head = (scored: boolean) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={40} />
        <Table.Th>{t('imports.invoices.number')}</Table.Th>
        <Table.Th>{t('imports.invoices.customer')}</Table.Th>
        <Table.Th>{t('imports.invoices.dueDate')}</Table.Th>
        <Table.Th ta="right">{t('bank.open')}</Table.Th>
        {scored && <Table.Th>{t('bank.reason')}</Table.Th>}
        <Table.Th w={140}>{t('bank.allocate')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  const rows = (list: InvoiceCandidate[], scored: boolean) =>
    list.map((c) => {
      const pick = chosen.get(c.invoiceId);
      return (
        <Table.Tr key={c.invoiceId} data-testid={`candidate-${c.number}`}>
          <Table.Td>
            <Checkbox aria-label={`${t('bank.allocate')} ${c.number}`} checked={Boolean(pick)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.number}</Table.Td>
          <Table.Td>
            {c.customerNumber} · {c.customerName}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(c.dueDate)}</Table.Td>
          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {fmt.money(c.openCents, c.currency)}
          </Table.Td>
          {scored && (
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                  {c.score}
                </Badge>
                <Text size="xs">{c.reason ? t(`imports.entries.rules.${c.reason}`) : ''}</Text>
              </Group>
            </Table.Td>
          )}
          <Table.Td>
            {pick && (
              <MoneyInput
                size="xs"
                aria-label={`${t('bank.allocate')} ${c.number} ${t('imports.invoices.amount')}`}
                value={pick.cents / 100}
                min={0}
                onChange={(v) => setCents(c.invoiceId, Math.round(Number(v || 0) * 100))}
              />
            )}
          </Table.Td>
        </Table.Tr>
      );
    });

  return (
    <Stack gap="sm">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={650} size="lg">
              {fmt.money(entry.amountCents, entry.currency)}
            </Text>
            <Text size="sm">
              {entry.counterpartyName} {entry.counterpartyIban && `· ${entry.counterpartyIban}`}
            </Text>
            <Text size="sm" c="dimmed">
              {fmt.date(entry.bookingDate)} · {entry.structuredReference?.value ?? ''} {entry.remittance}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Title order={5}>{t('bank.candidates')}</Title>
      {item.candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('bank.noCandidates')}
        </Text>
      ) : (
        <Table fz="sm" data-testid="match-candidates">
          {head(true)}
          <Table.Tbody>{rows(item.candidates, true)}</Table.Tbody>
        </Table>
      )}
      <TextInput leftSection={<IconSearch size={16} />} placeholder={t('bank.search')} aria-label={t('bank.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      {searchHits.length > 0 && (
        <Table fz="sm" data-testid="match-search">
          {head(false)}
          <Table.Tbody>{rows(searchHits, false)}</Table.Tbody>
        </Table>
      )}
      {others.length > 0 && (
        <Table fz="sm">
          <Table.Tbody>{rows(others, false)}</Table.Tbody>
        </Table>
      )}
      <Text size="sm" data-testid="match-total">
        {t('bank.allocated', { allocated: fmt.money(allocated, entry.currency), amount: fmt.money(entry.amountCents, entry.currency) })}
        {allocated < entry.amountCents && chosen.size > 0 && ` · ${t('bank.rest', { amount: fmt.money(entry.amountCents - allocated, entry.currency) })}`}
      </Text>
      {problem && <Alert color="red">{problem}</Alert>}
      <Group>
        <Button onClick={() => void book()} disabled={chosen.size === 0 || problem !== null} loading={busy}>
          {t('bank.confirm')}
        </Button>
        <Button variant="default" onClick={() => void act(() => unwrap(api().bank.ignore({ entryId: entry.id })), t('bank.ignored'))} disabled={busy}>
          {t('bank.ignore')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Money received that the automatic matching could not place: pick the invoices it pays, or ignore it. */
export function MatchingPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unmatched = useChannel('bank.unmatched', {});
  const [selected, setSelected] = useState<string | null>(null);
  const list = unmatched.data ?? [];
  const current = list.find((u) => u.entry.id === selected) ?? list[0] ?? null;
  return (
    <Stack gap="md">
      <Title order={2}>{t('bank.title')}</Title>
      <Text c="dimmed" maw={760}>
        {t('bank.intro')}
      </Text>
      {unmatched.data && list.length === 0 && <Alert color="teal">{t('bank.empty')}</Alert>}
      {current && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="xs">
              <Title order={5} p="xs">
                {t('bank.entries')}
              </Title>
              <ScrollArea.Autosize mah={560}>
                <Table highlightOnHover fz="sm" data-testid="unmatched-entries">
                  <Table.Tbody>
                    {list.map(({ entry }) => (
                      <Table.Tr
                        key={entry.id}
                        onClick={() => setSelected(entry.id)}
                        bg={entry.id === current.entry.id ? 'var(--mantine-color-teal-light)' : undefined}
                        style={{ cursor: 'pointer' }}
                      >
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(entry.bookingDate)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" truncate maw={200}>
                            {entry.counterpartyName}
                          </Text>
                          <Text size="xs" c="dimmed" truncate maw={200}>
                            {entry.structuredReference?.value ?? entry.remittance}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                          {fmt.money(entry.amountCents, entry.currency)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <EntryPanel key={current.entry.id} item={current} onDone={() => setSelected(null)} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
