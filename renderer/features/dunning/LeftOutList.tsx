import { Accordion, Button, Group, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../shared/domain/dunning/records';
import { callChannel, unwrap, useChannel } from '../../api';
import { useDunningWords } from './labels';
import { useAction } from './RunTab';

const PAGE = 50;

function LeftOutRows({ run, editable }: { run: RunSummary; editable: boolean }) {
  const { t } = useTranslation();
  const words = useDunningWords();
  const { busy, run: act } = useAction();
  const [page, setPage] = useState(1);
  const rows = useChannel('dunning.runLeftOut', { runId: run.id, offset: (page - 1) * PAGE, limit: PAGE });
  const total = rows.data?.total ?? 0;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4} data-testid="left-out-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dunning.columns.customer')}</Table.Th>
              <Table.Th>{t('dunning.columns.invoice')}</Table.Th>
              <Table.Th>{t('dunning.columns.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows.data?.rows ?? []).map((l) => (
              <Table.Tr key={`${l.invoiceId}:${l.reason}`} data-testid="left-out-row">
                <Table.Td>{l.customerName}</Table.Td>
                <Table.Td>{l.invoiceNumber}</Table.Td>
                <Table.Td>{words.reason(l)}</Table.Td>
                <Table.Td>
                  {l.reason === 'excluded_in_review' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={!editable}
                      loading={busy}
                      onClick={() => void act(() => unwrap(callChannel('dunning.review', { runId: run.id, action: { kind: 'include', customerId: l.customerId, invoiceId: l.invoiceId } })))}
                    >
                      {t('dunning.include')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE && (
        <Group justify="center" p="xs">
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
    </>
  );
}

/** Why every other open invoice is not in the run: each one with its reason, so nothing is left out silently. */
export function LeftOutList({ run, editable }: { run: RunSummary; editable: boolean }) {
  const { t } = useTranslation();
  if (run.leftOutCount === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="left-out">
        <Accordion.Control>
          <Text size="sm" fw={500}>
            {t('dunning.run.leftOutTitle', { count: run.leftOutCount })}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <LeftOutRows run={run} editable={editable} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
