import { Badge, Box, Button, Checkbox, Group, Paper, Tabs, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow, CustomerSortColumn } from '../../../shared/contract';
import { isOverCreditLimit } from '../../../shared/domain/customer/customer';
import { api, unwrap } from '../../api';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { ContactFinder } from './ContactFinder';
import { CustomerFormModal } from './CustomerFormModal';
import classes from './CustomerList.module.css';

const PAGE = 100;
const ROW_HEIGHT = 44;

const columns: { key: CustomerSortColumn; label: 'number' | 'name' | 'city' | 'openBalance' | 'creditLimit'; numeric?: boolean }[] = [
  { key: 'number', label: 'number' },
  { key: 'name', label: 'name' },
  { key: 'city', label: 'city' },
  { key: 'openBalanceCents', label: 'openBalance', numeric: true },
  { key: 'creditLimitCents', label: 'creditLimit', numeric: true },
];

function CustomerTable() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { go } = useNavigation();
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [sort, setSort] = useState<{ column: CustomerSortColumn; direction: 'asc' | 'desc' }>({ column: 'name', direction: 'asc' });
  const [creating, setCreating] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const scrollRef = useRef<HTMLDivElement>(null);

  const query = { search: deferredSearch, showInactive, sort: sort.column, direction: sort.direction, limit: PAGE };
  const [total, setTotal] = useState(0);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE);
  const pages = [...new Set([0, firstPage, lastPage])];
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['customers', 'list', query, page],
      queryFn: () => unwrap(api().customers.list({ ...query, offset: page * PAGE })),
      meta: { tables: ['customers'] },
      placeholderData: keepPreviousData,
    })),
  });
  const first = results[0]?.data;
  if (first && first.total !== total) setTotal(first.total);
  const rowAt = (index: number): CustomerRow | undefined => {
    const page = Math.floor(index / PAGE);
    const r = results[pages.indexOf(page)]?.data;
    return r?.rows[index - page * PAGE];
  };

  const toggleSort = (column: CustomerSortColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc' }));

  return (
    <Box className={classes.page}>
      <Group justify="space-between" mb="md">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('customers.title')}</Title>
          <Text c="dimmed" data-testid="customer-count">
            {t('customers.count', { count: total })}
          </Text>
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('customers.new')}
        </Button>
      </Group>
      <Group mb="sm" gap="lg">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('customers.searchPlaceholder')}
          aria-label={t('customers.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={360}
          autoFocus
        />
        <Checkbox label={t('customers.showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
      </Group>
      <Paper withBorder className={classes.table} role="table" aria-rowcount={total}>
        <div className={classes.header} role="row">
          {columns.map((c) => (
            <UnstyledButton
              key={c.key}
              role="columnheader"
              className={c.numeric ? classes.numeric : undefined}
              aria-sort={sort.column === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              title={t('customers.sortBy', { column: t(`customers.columns.${c.label}`) })}
              onClick={() => toggleSort(c.key)}
            >
              <Group gap={4} wrap="nowrap" justify={c.numeric ? 'flex-end' : 'flex-start'}>
                <Text fw={600} size="sm">
                  {t(`customers.columns.${c.label}`)}
                </Text>
                {sort.column === c.key && (sort.direction === 'asc' ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />)}
              </Group>
            </UnstyledButton>
          ))}
        </div>
        <div ref={scrollRef} className={classes.scroll} data-testid="customer-rows">
          {total === 0 && first && (
            <Text c="dimmed" p="xl" ta="center">
              {deferredSearch ? t('customers.noMatch', { search: deferredSearch }) : t('customers.empty')}
            </Text>
          )}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 1}
                  className={classes.row}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => row && go({ area: 'customer', id: row.id, tab: 'contact' })}
                >
                  {row ? (
                    <>
                      <Text size="sm" role="cell" className={classes.amount}>
                        {row.number}
                      </Text>
                      <Group gap="xs" wrap="nowrap" role="cell" className={classes.name}>
                        <Text size="sm" fw={500} truncate>
                          {row.name}
                        </Text>
                        {!row.active && (
                          <Badge size="xs" color="gray" variant="light">
                            {t('customers.inactive')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" role="cell" truncate>
                        {row.city}
                      </Text>
                      <Group gap="xs" justify="flex-end" wrap="nowrap" role="cell">
                        {isOverCreditLimit(row) && (
                          <Badge size="xs" color="red" variant="light">
                            {t('customers.overLimit')}
                          </Badge>
                        )}
                        <Text size="sm" className={classes.amount}>
                          {fmt.money(row.openBalanceCents)}
                        </Text>
                      </Group>
                      <Text size="sm" className={`${classes.amount} ${classes.numeric}`} c="dimmed" role="cell">
                        {row.creditLimitCents === null ? t('common.none') : fmt.money(row.creditLimitCents)}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('common.loading')}
                    </Text>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </Paper>
      {creating && (
        <CustomerFormModal
          onClose={(created) => {
            setCreating(false);
            if (created) go({ area: 'customer', id: created.id, tab: 'contact' });
          }}
        />
      )}
    </Box>
  );
}

/** Customers, and the contacts of all customers by role or keyword, side by side. */
export function CustomerListPage() {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="customers" keepMounted={false} className={classes.tabs}>
      <Tabs.List mb="md">
        <Tabs.Tab value="customers">{t('contactFinder.customersTab')}</Tabs.Tab>
        <Tabs.Tab value="contacts">{t('contactFinder.tab')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="customers">
        <CustomerTable />
      </Tabs.Panel>
      <Tabs.Panel value="contacts">
        <ContactFinder />
      </Tabs.Panel>
    </Tabs>
  );
}
