import { Box, Button, Chip, Group, Paper, SegmentedControl, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../../shared/domain/invoice/invoice';
import type { ReceivablesPage as Page } from '../../../shared/domain/invoice/receivables';
import { useBusinessDate } from '../../api';
import { useFormat } from '../../i18n/format';
import { CustomerPicker } from './CustomerPicker';
import { InvoiceDrawer } from './InvoiceDrawer';
import { InvoiceFormModal } from './InvoiceFormModal';
import classes from './Receivables.module.css';
import list from '../../app/VirtualList.module.css';
import { type ReceivablesFilter, ReceivablesTable } from './ReceivablesTable';
import { legend } from './standing';
import { DateField } from '../../app/DateField';

type Filters = {
  customerId: string | null;
  status: InvoiceStatus | 'all';
  overdue: boolean;
  disputed: boolean;
  promised: boolean;
  number: string;
  issueFrom: string;
  issueTo: string;
  dueFrom: string;
  dueTo: string;
};

const noFilters: Filters = {
  customerId: null,
  status: 'open',
  overdue: false,
  disputed: false,
  promised: false,
  number: '',
  issueFrom: '',
  issueTo: '',
  dueFrom: '',
  dueTo: '',
};

// A date input holds '' until the user has typed a whole, real date.
const dateOrNull = (d: string) => d || null;

function Totals({ page }: { page: Page | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const totals = Object.entries(page?.totals ?? {}).sort(([a], [b]) => (a === 'EUR' ? -1 : b === 'EUR' ? 1 : a.localeCompare(b)));
  if (totals.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} mb="sm">
      {totals.map(([currency, total]) => (
        <Paper key={currency} withBorder p="sm" data-testid={`total-${currency}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('receivables.totals.open', { currency })}
          </Text>
          <Text size="lg" fw={650} className={list.amount}>
            {fmt.money(total.openCents, currency)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('receivables.totals.invoices', { count: total.count, amount: fmt.money(total.amountCents, currency) })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Every invoice of every customer, filtered and totalled in the store, shaded by standing. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState<Page | null>(null);
  const today = useBusinessDate();
  const number = useDeferredValue(filters.number);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  const filter: ReceivablesFilter = {
    customerId: filters.customerId,
    status: filters.status,
    overdue: filters.overdue,
    disputed: filters.disputed,
    promised: filters.promised,
    number,
    issueFrom: dateOrNull(filters.issueFrom),
    issueTo: dateOrNull(filters.issueTo),
    dueFrom: dateOrNull(filters.dueFrom),
    dueTo: dateOrNull(filters.dueTo),
  };
  const flags = (['overdue', 'disputed', 'promised'] as const).filter((k) => filters[k]);
  const dateInput = (key: 'issueFrom' | 'issueTo' | 'dueFrom' | 'dueTo') => (
    <DateField size="xs" w={160} label={t(`receivables.filters.${key}`)} value={filters[key]} onChange={(v) => set(key, v)} />
  );

  return (
    <Box className={classes.page}>
      <Group justify="space-between" mb="sm">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('receivables.title')}</Title>
          <Text c="dimmed" data-testid="receivables-count">
            {t('receivables.count', { count: page?.total ?? 0 })}
          </Text>
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('invoices.new')}
        </Button>
      </Group>
      <Group mb="xs" gap="md" align="flex-end">
        <CustomerPicker value={filters.customerId} onChange={(id) => set('customerId', id)} label={t('receivables.filters.customer')} w={280} />
        <TextInput
          label={t('receivables.filters.number')}
          leftSection={<IconSearch size={16} />}
          value={filters.number}
          onChange={(e) => set('number', e.currentTarget.value)}
          w={180}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="status-filter">
            {t('receivables.filters.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="status-filter"
            value={filters.status}
            onChange={(v) => set('status', v as Filters['status'])}
            data={(['open', 'paid', 'credited', 'all'] as const).map((s) => ({ value: s, label: t(`receivables.status.${s}`) }))}
          />
        </div>
        <Chip.Group multiple value={[...flags]} onChange={(v) => setFilters((f) => ({ ...f, overdue: v.includes('overdue'), disputed: v.includes('disputed'), promised: v.includes('promised') }))}>
          <Group gap="xs" pb={4}>
            {(['overdue', 'disputed', 'promised'] as const).map((k) => (
              <Chip key={k} value={k} size="sm">
                {t(`receivables.filters.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <Group mb="sm" gap="md" align="flex-end">
        {dateInput('issueFrom')}
        {dateInput('issueTo')}
        {dateInput('dueFrom')}
        {dateInput('dueTo')}
        <Button
          variant="light"
          color="grape"
          size="xs"
          leftSection={<IconAlertTriangle size={14} />}
          onClick={() => setFilters({ ...noFilters, status: 'all', disputed: true })}
        >
          {t('receivables.filters.allDisputed')}
        </Button>
        <Button variant="subtle" size="xs" leftSection={<IconFilterOff size={14} />} onClick={() => setFilters(noFilters)}>
          {t('receivables.filters.reset')}
        </Button>
        <Group gap="sm" ml="auto" aria-label={t('receivables.legend.title')}>
          {legend.map((l) => (
            <Group key={l.key} gap={4} wrap="nowrap">
              <span className={classes.swatch} style={{ background: l.color }} />
              <Text size="xs" c="dimmed">
                {t(`receivables.legend.${l.key}`)}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Totals page={page} />
      <ReceivablesTable filter={filter} onOpen={setOpenId} customerColumn onPage={setPage} empty={t('receivables.empty')} />
      <InvoiceDrawer id={openId} onClose={() => setOpenId(null)} />
      {creating && today && (
        <InvoiceFormModal
          today={today}
          onClose={(created) => {
            setCreating(false);
            if (created) setOpenId(created.id);
          }}
        />
      )}
    </Box>
  );
}
