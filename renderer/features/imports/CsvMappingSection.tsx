import { Alert, Button, Group, Paper, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CsvField, csvFields as fields } from '../../../shared/domain/import/csv-mapping';
import type { CsvLayout } from '../../../shared/domain/import/preview';

export type CsvChoice = { mapping: Record<string, string>; delimiter: CsvLayout['delimiter']; source: string; prefix: string };

const required = new Set<CsvField>(['number', 'issueDate', 'amount']);
const delimiters: { value: CsvLayout['delimiter']; key: 'semicolon' | 'comma' | 'tab' | 'pipe' }[] = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
];

/** The column mapping of a CSV file: a column per field, the sample rows to check it against, source and prefix. */
export function CsvMappingSection({ layout, busy, onPreview }: { layout: CsvLayout; busy: boolean; onPreview(choice: CsvChoice): void }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<string, string>>(layout.mapping);
  const [delimiter, setDelimiter] = useState(layout.delimiter);
  const [source, setSource] = useState(layout.source);
  const [prefix, setPrefix] = useState(layout.prefix);
  const headers = layout.headers.map((h, i) => ({ value: h, label: h || `#${i + 1}` }));
  return (
    <Paper withBorder p="md" data-testid="csv-mapping">
      <Stack gap="sm">
        <Title order={4}>{t('imports.mapping.title', { file: layout.file })}</Title>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.hint')} {t('imports.mapping.encoding', { encoding: layout.encoding })}
        </Text>
        {!layout.complete && <Alert color="orange">{t('imports.mapping.incomplete')}</Alert>}
        <SimpleGrid cols={{ base: 2, md: 3, xl: 4 }} spacing="sm">
          {fields.map((f) => (
            <Select
              key={f}
              label={t(`imports.fields.${f}`)}
              withAsterisk={required.has(f)}
              placeholder={t('imports.mapping.notMapped')}
              data={headers}
              value={mapping[f] ?? null}
              clearable
              searchable
              onChange={(v) =>
                setMapping((m) => {
                  const { [f]: _old, ...rest } = m;
                  return v ? { ...rest, [f]: v } : rest;
                })
              }
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <Select
            label={t('imports.mapping.delimiter')}
            data={delimiters.map((d) => ({ value: d.value, label: t(`imports.mapping.delimiters.${d.key}`) }))}
            value={delimiter}
            allowDeselect={false}
            onChange={(v) => v && setDelimiter(v as CsvLayout['delimiter'])}
          />
          <TextInput label={t('imports.mapping.source')} description={t('imports.mapping.sourceHint')} value={source} maxLength={60} onChange={(e) => setSource(e.currentTarget.value)} />
          <TextInput label={t('imports.mapping.prefix')} description={t('imports.mapping.prefixHint')} value={prefix} maxLength={10} onChange={(e) => setPrefix(e.currentTarget.value)} />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('imports.mapping.sample')}
        </Text>
        <ScrollArea>
          <Table withTableBorder withColumnBorders striped fz="xs">
            <Table.Thead>
              <Table.Tr>
                {layout.headers.map((h, i) => (
                  <Table.Th key={i}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {layout.rows.slice(0, 5).map((r, i) => (
                <Table.Tr key={i}>
                  {layout.headers.map((_, j) => (
                    <Table.Td key={j}>{r[j] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        <Group>
          <Button variant="light" loading={busy} onClick={() => onPreview({ mapping, delimiter, source: source.trim(), prefix: prefix.trim() })}>
            {t('imports.previewAgain')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
