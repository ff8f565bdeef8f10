import { Alert, Anchor, Badge, Button, Drawer, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconCalendarDue, IconCash, IconEdit, IconFileImport, IconMail, IconMessage, IconPhone, IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetail } from '../../../shared/domain/invoice/detail';
import { type DossierEntry, type DossierKind, parsePromiseText } from '../../../shared/domain/invoice/dossier';
import { daysOverdue } from '../../../shared/domain/invoice/receivables';
import { formatReference } from '../../../shared/domain/payment/reference';
import { api, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useNavigation } from '../../app/navigation';
import { useDiscardGuard } from '../../app/discard';
import { UndoAllocationButton } from './UndoAllocationButton';
import { useFormat } from '../../i18n/format';
import { InvoiceActions } from '../customers/card/InvoiceActions';
import { BlockModal } from '../dunning/BlockForm';
import { InvoiceBadges } from './InvoiceBadges';
import { InvoiceCorrections } from './InvoiceCorrections';
import { standingColor } from './standing';

const kindIcons: Record<DossierKind, ReactNode> = {
  comment: <IconMessage size={12} />,
  dispute: <IconAlertTriangle size={12} />,
  promise: <IconCalendarDue size={12} />,
  payment: <IconCash size={12} />,
  import: <IconFileImport size={12} />,
  reminder: <IconMail size={12} />,
  email: <IconMail size={12} />,
  letter: <IconPrinter size={12} />,
  sms: <IconMessage size={12} />,
  call: <IconPhone size={12} />,
  correction: <IconEdit size={12} />,
  reversal: <IconArrowBackUp size={12} />,
};

function Detail({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  );
}

/** One dossier line in the reader's language: disputes and promises are worded from what the store recorded. */
function useEntryText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (e: DossierEntry): { title: string; text: string } => {
    if (e.kind === 'dispute') return e.text ? { title: t('invoices.dossier.disputed'), text: e.text } : { title: t('invoices.dossier.disputeLifted'), text: '' };
    if (e.kind === 'promise') {
      const p = parsePromiseText(e.text);
      return p ? { title: t('invoices.dossier.promised', { date: fmt.date(p.date) }), text: p.note } : { title: t('invoices.dossier.promiseWithdrawn'), text: '' };
    }
    return { title: t(`invoices.dossier.kinds.${e.kind}`), text: e.text };
  };
}

/** The comment being typed is the drawer's, so closing the drawer can ask before it is lost. */
type Comment = { text: string; setText(text: string): void };

function Dossier({ detail, comment: { text, setText } }: { detail: InvoiceDetail; comment: Comment }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const word = useEntryText();
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const add = async () => {
    setSaving(true);
    try {
      await unwrap(api().invoices.comment({ invoiceId: detail.invoice.id, text }));
      setText('');
      setError(undefined);
    } catch (e) {
      setError(errors.fieldErrors(e).text ?? errors.message(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('invoices.dossier.title')}
      </Title>
      <Stack gap="xs" mb="md">
        <Textarea
          label={t('invoices.dossier.comment')}
          placeholder={t('invoices.dossier.commentPlaceholder')}
          autosize
          minRows={2}
          value={text}
          error={error}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button size="xs" loading={saving} onClick={() => void add()}>
            {t('invoices.dossier.addComment')}
          </Button>
        </Group>
      </Stack>
      {detail.dossier.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoices.dossier.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} data-testid="dossier">
          {detail.dossier.map((e) => {
            const { title, text: body } = word(e);
            return (
              <Timeline.Item
                key={e.id}
                bullet={kindIcons[e.kind]}
                title={
                  <Text size="sm" fw={600}>
                    {title}
                  </Text>
                }
                data-testid="dossier-entry"
              >
                {body && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {body}
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt={2}>
                  {t('invoices.dossier.byWhen', { who: e.by || t('invoices.dossier.unknownUser'), when: fmt.instant(e.at) })}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}

function Allocations({ detail }: { detail: InvoiceDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('invoices.allocations.title')}
      </Title>
      {detail.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoices.allocations.empty')}
        </Text>
      ) : (
        <Table data-testid="invoice-allocations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.fields.date')}</Table.Th>
              <Table.Th>{t('payments.fields.kind')}</Table.Th>
              <Table.Th>{t('payments.fields.reference')}</Table.Th>
              <Table.Th ta="right">{t('invoices.allocations.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.allocations.map((a) => (
              <Table.Tr key={a.id} data-testid="invoice-allocation">
                <Table.Td>{fmt.date(a.credit.date)}</Table.Td>
                <Table.Td>{t(`payments.kinds.${a.credit.kind}`)}</Table.Td>
                <Table.Td>{a.credit.reference || t('common.none')}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {fmt.money(a.amountCents, a.credit.currency)}
                </Table.Td>
                <Table.Td ta="right">
                  <UndoAllocationButton allocationId={a.id} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function InvoiceView({ detail, comment, onClose }: { detail: InvoiceDetail; comment: Comment; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { go } = useNavigation();
  const { invoice: i, customer, today } = detail;
  const days = i.status === 'open' ? daysOverdue(i.dueDate, today) : 0;
  const [blocking, setBlocking] = useState(false);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" style={{ background: standingColor(i, today) }}>
        <Group justify="space-between" align="flex-start" mb="sm">
          <Group gap="xs">
            <Badge variant="light" color={i.status === 'open' ? 'teal' : 'gray'}>
              {t(`invoices.status.${i.status}`)}
            </Badge>
            <InvoiceBadges invoice={i} today={today} />
          </Group>
          {i.status === 'open' && <InvoiceActions invoice={i} />}
        </Group>
        <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
          <Detail label={t('invoices.fields.customer')}>
            {customer.name ? (
              <Anchor
                component="button"
                size="sm"
                onClick={() => {
                  onClose();
                  go({ area: 'customer', id: customer.id, tab: 'financial' });
                }}
              >
                {customer.name} ({customer.number})
              </Anchor>
            ) : (
              t('invoices.customerDeleted')
            )}
          </Detail>
          <Detail label={t('invoices.fields.issueDate')}>{fmt.date(i.issueDate)}</Detail>
          <Detail label={t('invoices.fields.dueDate')}>
            {fmt.date(i.dueDate)}
            {days > 0 && (
              <Text span size="sm" c="red.8" fw={600}>
                {' '}
                {t('invoices.daysOverdue', { count: days })}
              </Text>
            )}
          </Detail>
          <Detail label={t('invoices.fields.amount')}>{fmt.money(i.amountCents, i.currency)}</Detail>
          <Detail label={t('invoices.fields.open')} testId="invoice-open">
            <Text span fw={650} size="sm">
              {fmt.money(i.openCents, i.currency)}
            </Text>
          </Detail>
          <Detail label={t('invoices.fields.paymentReference')} testId="invoice-reference">
            {i.paymentReference ? formatReference(i.paymentReference.scheme, i.paymentReference.value) : t('common.none')}
          </Detail>
          {i.disputed && (
            <Detail label={t('invoices.fields.dispute')}>
              {i.disputeReason}
              {i.disputedAt && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({t('invoices.since', { date: fmt.instant(i.disputedAt) })})
                </Text>
              )}
            </Detail>
          )}
          {i.promisedDate && (
            <Detail label={t('invoices.fields.promise')}>
              {fmt.date(i.promisedDate)}
              {i.promiseNote ? ` · ${i.promiseNote}` : ''}
            </Detail>
          )}
          {i.nextActionDate && <Detail label={t('invoices.fields.nextAction')}>{fmt.date(i.nextActionDate)}</Detail>}
          <Detail label={t('dunning.invoice.level')} testId="invoice-dunning">
            {i.timesReminded > 0
              ? `${t('dunning.invoice.badge', { level: i.dunningLevel, times: i.timesReminded })} · ${t('dunning.invoice.badgeTitle', { date: fmt.date(i.lastRemindedOn!) })}`
              : t('dunning.invoice.never')}
          </Detail>
        </SimpleGrid>
        {i.status === 'open' && (
          <Button size="xs" variant="subtle" mt="sm" onClick={() => setBlocking(true)}>
            {t('dunning.invoice.block')}
          </Button>
        )}
        <InvoiceCorrections detail={detail} onDeleted={onClose} />
        {blocking && <BlockModal scope="invoice" targetId={i.id} title={`${t('dunning.invoice.block')} · ${i.number}`} onClose={() => setBlocking(false)} />}
      </Paper>
      <Allocations detail={detail} />
      <Dossier detail={detail} comment={comment} />
    </Stack>
  );
}

/** The invoice view, over whichever list opened it: details, actions, what settled it, and its dossier. */
export function InvoiceDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const detail = useChannel('invoices.get', { id: id ?? '' }, { enabled: id !== null });
  const [text, setText] = useState('');
  const close = () => {
    setText('');
    onClose();
  };
  const guard = useDiscardGuard(text.trim() !== '', close, id !== null);
  return (
    <>
      <Drawer
        opened={id !== null}
        {...guard.props}
        position="right"
        size="xl"
        title={<Title order={3}>{detail.data ? t('invoices.title', { number: detail.data.invoice.number }) : t('invoices.titleLoading')}</Title>}
      >
        {detail.isPending ? (
          <Loader />
        ) : detail.data ? (
          <InvoiceView detail={detail.data} comment={{ text, setText }} onClose={close} />
        ) : (
          <Alert color="orange">{t('invoices.notFound')}</Alert>
        )}
      </Drawer>
      {guard.confirm}
    </>
  );
}
