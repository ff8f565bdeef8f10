import { Badge, Button, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportPreview, PREVIEW_ROWS, type PreviewEntry, type PreviewInvoice } from '../../../shared/domain/import/preview';
import { useErrorText } from '../../app/errors';
import { useFormat } from '../../i18n/format';

const outcomeColor: Record<PreviewEntry['outcome'] | PreviewInvoice['outcome'], string> = {
  new: 'teal',
  matched: 'teal',
  unmatched: 'orange',
  ignored: 'gray',
  duplicate: 'gray',
  possible_duplicate: 'yellow',
};

/** The preview carries at most PREVIEW_ROWS rows of each kind; the counts above cover all of them. */
function More({ shown }: { shown: number }) {
  const { t } = useTranslation();
  return shown >= PREVIEW_ROWS ? (
    <Text size="xs" c="dimmed">
      {t('imports.more', { shown })}
    </Text>
  ) : null;
}

/** One titled, scrolling table of the preview; it says when it shows only the first rows. */
function PreviewSection({ title, testId, maxHeight, shown, head, children }: { title: string; testId: string; maxHeight: number; shown?: number; head: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        {title}
      </Title>
      <ScrollArea.Autosize mah={maxHeight}>
        <Table striped fz="sm" data-testid={testId}>
          <Table.Thead>{head}</Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {shown !== undefined && <More shown={shown} />}
    </Paper>
  );
}

/**
 * Where an entry was seen before: "already imported (from a.xml, 21 Nov 2026)", or, for a possible duplicate, what
 * it looks like, with the user's choice to import it anyway or skip it.
 */
function TwinNote({ entry, busy, onDecide }: { entry: PreviewEntry; busy: boolean; onDecide: (entryKey: string, include: boolean) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const twin = entry.twin;
  if (!twin) return null;
  const where = { file: twin.file, date: twin.importedAt ? fmt.instant(twin.importedAt) : '' };
  const text = twin.certain
    ? t(twin.importedAt ? 'imports.entries.twinImported' : 'imports.entries.twinInImport', where)
    : t(twin.importedAt ? 'imports.entries.possibleTwin' : 'imports.entries.possibleTwinInImport', where);
  return (
    <>
      <Text size="xs" c={twin.certain ? 'dimmed' : 'yellow.9'}>
        {text}
        {entry.included && ` · ${t('imports.entries.included')}`}
      </Text>
      {!twin.certain && (
        <Button
          size="compact-xs"
          variant={entry.included ? 'default' : 'light'}
          color={entry.included ? 'gray' : 'yellow'}
          mt={4}
          disabled={busy}
          data-testid={`decide-${entry.included ? 'skip' : 'include'}`}
          onClick={() => onDecide(entry.entryKey, !entry.included)}
        >
          {t(entry.included ? 'imports.entries.skip' : 'imports.entries.includeAnyway')}
        </Button>
      )}
    </>
  );
}

type PreviewTablesProps = {
  preview: ImportPreview;
  /** A preview is being made: the choices wait for it. */
  busy?: boolean;
  /** The user imports a possible duplicate anyway (include) or skips it again. */
  onDecide?: (entryKey: string, include: boolean) => void;
};

/** The preview's problems and what would be imported, each row naming its file and line. */
export function PreviewTables({ preview, busy = false, onDecide = () => undefined }: PreviewTablesProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const fieldName = (field: string) => (field && i18n.exists(`imports.fields.${field}`) ? t(`imports.fields.${field}` as never) : field);
  const entryOutcome = (e: PreviewEntry): string => {
    if (e.outcome === 'matched' || (e.outcome === 'possible_duplicate' && e.rule)) {
      const pays = t('imports.entries.pays', { numbers: e.invoiceNumbers.join(', '), customer: e.customerName });
      const rest = e.unallocatedCents > 0 ? ` · ${t('imports.entries.credit', { amount: fmt.money(e.unallocatedCents, e.currency) })}` : '';
      return `${e.rule ? t(`imports.entries.rules.${e.rule}`) : ''}: ${pays}${rest}`;
    }
    if (e.outcome === 'ignored' && e.reverses) return t('imports.entries.reverses', { date: fmt.date(e.reverses), customer: e.customerName });
    if (e.outcome === 'ignored' && e.ignoredReason) return t(`imports.entries.ignoredReasons.${e.ignoredReason}`);
    return '';
  };
  return (
    <Stack gap="md">
      {preview.issues.length > 0 && (
        <PreviewSection
          title={t('imports.issues.title')}
          testId="import-issues"
          maxHeight={360}
          head={
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('imports.issues.file')}</Table.Th>
              <Table.Th>{t('imports.issues.line')}</Table.Th>
              <Table.Th>{t('imports.issues.field')}</Table.Th>
              <Table.Th>{t('imports.issues.reason')}</Table.Th>
            </Table.Tr>
          }
        >
          {preview.issues.map((i, n) => (
            <Table.Tr key={n}>
              <Table.Td>
                <Badge size="sm" variant="light" color={i.severity === 'error' ? 'red' : 'yellow'}>
                  {t(`imports.issues.${i.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{i.file}</Table.Td>
              <Table.Td>{i.line ?? t('imports.issues.wholeFile')}</Table.Td>
              <Table.Td>{fieldName(i.field)}</Table.Td>
              <Table.Td>{errors.word({ ...i, params: { ...i.params, ...(i.params?.field ? { field: fieldName(String(i.params.field)) } : {}) } })}</Table.Td>
            </Table.Tr>
          ))}
        </PreviewSection>
      )}

      {preview.invoices.length > 0 && (
        <PreviewSection
          title={t('imports.invoices.title')}
          testId="import-invoices"
          maxHeight={420}
          shown={preview.invoices.length}
          head={
            <Table.Tr>
              <Table.Th>{t('imports.issues.line')}</Table.Th>
              <Table.Th>{t('imports.invoices.number')}</Table.Th>
              <Table.Th>{t('imports.invoices.customer')}</Table.Th>
              <Table.Th>{t('imports.invoices.issueDate')}</Table.Th>
              <Table.Th>{t('imports.invoices.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('imports.invoices.amount')}</Table.Th>
              <Table.Th>{t('imports.invoices.outcome')}</Table.Th>
            </Table.Tr>
          }
        >
          {preview.invoices.map((i) => (
            <Table.Tr key={`${i.file}:${i.line}`}>
              <Table.Td>{i.line}</Table.Td>
              <Table.Td>
                {i.number}
                {i.kind === 'credit_note' && (
                  <Badge ml="xs" size="xs" variant="outline">
                    {t('imports.invoices.creditNote')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {i.customerNumber ? `${i.customerNumber} · ` : ''}
                {i.customerName}
                {i.newCustomer && (
                  <Badge ml="xs" size="xs" color="blue" variant="light">
                    {t('imports.invoices.newCustomer')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{fmt.date(i.issueDate)}</Table.Td>
              <Table.Td>{fmt.date(i.dueDate)}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {fmt.money(i.amountCents, i.currency)}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={outcomeColor[i.outcome]}>
                  {t(`imports.invoices.outcomes.${i.outcome}`)}
                </Badge>
                {i.allocatedTo && (
                  <Text span size="xs" ml="xs">
                    {t('imports.invoices.allocatedTo', { number: i.allocatedTo })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </PreviewSection>
      )}

      {preview.entries.length > 0 && (
        <PreviewSection
          title={t('imports.entries.title')}
          testId="import-entries"
          maxHeight={420}
          shown={preview.entries.length}
          head={
            <Table.Tr>
              <Table.Th>{t('imports.issues.line')}</Table.Th>
              <Table.Th>{t('imports.entries.date')}</Table.Th>
              <Table.Th ta="right">{t('imports.entries.amount')}</Table.Th>
              <Table.Th>{t('imports.entries.counterparty')}</Table.Th>
              <Table.Th>{t('imports.entries.details')}</Table.Th>
              <Table.Th>{t('imports.entries.outcome')}</Table.Th>
            </Table.Tr>
          }
        >
          {preview.entries.map((e) => (
            <Table.Tr key={`${e.file}:${e.line}:${e.entryKey}`} data-outcome={e.outcome}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>{fmt.date(e.bookingDate)}</Table.Td>
              <Table.Td ta="right" c={e.direction === 'debit' ? 'red.7' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {fmt.money(e.direction === 'debit' ? -e.amountCents : e.amountCents, e.currency)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.counterpartyName}</Text>
                <Text size="xs" c="dimmed">
                  {e.counterpartyIban}
                </Text>
              </Table.Td>
              <Table.Td maw={280}>
                <Text size="sm" truncate>
                  {e.reference || e.remittance}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={outcomeColor[e.outcome]}>
                  {t(`imports.entries.outcomes.${e.outcome}`)}
                </Badge>
                <Text size="xs">{entryOutcome(e)}</Text>
                <TwinNote entry={e} busy={busy} onDecide={onDecide} />
              </Table.Td>
            </Table.Tr>
          ))}
        </PreviewSection>
      )}
    </Stack>
  );
}
