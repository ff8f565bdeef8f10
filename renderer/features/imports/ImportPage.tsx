import { Alert, Badge, Button, FileButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../../shared/domain/import/import-record';
import type { ImportPreview } from '../../../shared/domain/import/preview';
import { api, unwrap } from '../../api';
import { toBase64 } from '../../app/base64';
import { useErrorText } from '../../app/errors';
import { useNavigation } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { type CsvChoice, CsvMappingSection } from './CsvMappingSection';
import { PreviewTables } from './PreviewTables';

type PickedFile = { name: string; contentBase64: string };

/** The picker's hidden input, findable by tests that set files on it directly. */
const pickerInputProps = { 'data-testid': 'import-input' } as ComponentProps<'input'>;

const countKeys: (keyof ImportCounts)[] = ['invoices', 'creditNotes', 'customers', 'payments', 'unmatched', 'ignored', 'duplicates', 'rejected'];
const countColor: Partial<Record<keyof ImportCounts, string>> = { rejected: 'red', duplicates: 'gray', unmatched: 'orange', ignored: 'gray' };

export function ImportPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = useErrorText();
  const { go } = useNavigation();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [unmatchedLeft, setUnmatchedLeft] = useState(0);
  // The last CSV mapping and the possible duplicates the user imports anyway: a new preview keeps both.
  const [csvChoice, setCsvChoice] = useState<CsvChoice | undefined>(undefined);
  const [include, setInclude] = useState<string[]>([]);

  const run = async (picked: PickedFile[], csv?: CsvChoice, included: string[] = []) => {
    setBusy(true);
    setCsvChoice(csv);
    setInclude(included);
    try {
      setPreview(await unwrap(api().imports.preview({ files: picked, ...(csv ? { csv } : {}), include: included })));
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setBusy(false);
    }
  };

  const pick = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    setUnmatchedLeft(0);
    const picked = await Promise.all(chosen.map(async (f) => ({ name: f.name, contentBase64: await toBase64(f) })));
    setFiles(picked);
    await run(picked);
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const outcome = await unwrap(api().imports.commit({ previewId: preview.previewId }));
      notifications.show({ color: 'teal', message: t('imports.done', outcome.counts) });
      setUnmatchedLeft(outcome.counts.unmatched);
      setPreview(null);
      setFiles([]);
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setBusy(false);
    }
  };

  const decide = (entryKey: string, yes: boolean) => void run(files, csvChoice, yes ? [...include, entryKey] : include.filter((k) => k !== entryKey));

  const csvIncomplete = preview?.csv.some((l) => !l.complete) ?? false;
  const toDecide = preview?.entries.filter((e) => e.outcome === 'possible_duplicate').length ?? 0;
  return (
    <Stack gap="md">
      <Title order={2}>{t('imports.title')}</Title>
      <Text c="dimmed" maw={760}>
        {t('imports.intro')}
      </Text>
      <Group>
        <FileButton multiple onChange={(f) => void pick(f)} inputProps={pickerInputProps}>
          {(props) => (
            <Button {...props} leftSection={<IconFileImport size={18} />} loading={busy && !preview}>
              {t('imports.choose')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('imports.chooseHint')}
        </Text>
      </Group>

      {unmatchedLeft > 0 && (
        <Alert color="orange" variant="light">
          <Group justify="space-between">
            <Text size="sm">{t('imports.counts.unmatched')}: {unmatchedLeft}</Text>
            <Button size="xs" variant="light" color="orange" onClick={() => go({ area: 'matching' })}>
              {t('imports.toMatching')}
            </Button>
          </Group>
        </Alert>
      )}

      {preview && (
        <>
          {preview.files.map((f) => (
            <Group key={f.sha256 + f.name} gap="xs">
              <Badge variant="light" color={f.kind === 'unknown' ? 'red' : 'teal'}>
                {t(`imports.kinds.${f.kind}`)}
              </Badge>
              <Text size="sm" fw={500}>
                {f.name}
              </Text>
              {f.importedAt && (
                <Text size="sm" c="orange.8">
                  {t('imports.importedBefore', { file: f.name, date: fmt.instant(f.importedAt) })}
                </Text>
              )}
            </Group>
          ))}

          {preview.csv.map((layout) => (
            <CsvMappingSection key={layout.file} layout={layout} busy={busy} onPreview={(choice) => void run(files, choice, include)} />
          ))}

          <SimpleGrid cols={{ base: 4, lg: 8 }} spacing="xs" data-testid="import-counts">
            {countKeys.map((k) => (
              <Paper key={k} withBorder p="xs">
                <Text size="xs" c="dimmed">
                  {t(`imports.counts.${k}`)}
                </Text>
                <Text fw={650} size="lg" c={preview.counts[k] > 0 ? countColor[k] : undefined} data-testid={`count-${k}`}>
                  {preview.counts[k]}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>

          {toDecide > 0 && (
            <Alert color="yellow" variant="light" data-testid="import-decide">
              {t('imports.decide', { count: toDecide })}
            </Alert>
          )}

          <PreviewTables preview={preview} busy={busy} onDecide={decide} />

          {!preview.writable && <Alert color="gray">{t('imports.nothing')}</Alert>}
          <Group>
            <Button onClick={() => void confirm()} disabled={!preview.writable || csvIncomplete} loading={busy}>
              {t('imports.confirm')}
            </Button>
            <Button variant="default" onClick={() => (setPreview(null), setFiles([]), setInclude([]))} disabled={busy}>
              {t('imports.cancel')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
