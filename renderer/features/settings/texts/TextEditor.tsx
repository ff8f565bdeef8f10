import { Alert, Button, Code, Grid, Group, Paper, ScrollArea, Stack, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callChannel, unwrap, useBusinessDate } from '../../../api';
import { useErrorText } from '../../../app/errors';
import {
  type DunningText,
  paragraphsOf,
  type Placeholder,
  placeholders,
  renderText,
  templateIssues,
  type TextValues,
} from '../../../../shared/domain/dunning/texts';
import { SmsLengthLine } from '../../outbox/SmsLength';
import { CustomerPicker } from '../../receivables/CustomerPicker';
import { useUnsavedChanges } from '../../../app/discard';
import classes from './TextEditor.module.css';
import { sampleValues, type SampleWords } from './sample-values';
import { type TextTarget, useTextDraft } from './useTextDraft';

type Props = { target: TextTarget; levelName: string; initial: DunningText; resettable: 'shipped' | 'own' | null };

/** One reminder text: subject, body and SMS, the placeholders to insert, and a preview with sample values or a chosen customer's. */
export function TextEditor({ target, levelName, initial, resettable }: Props) {
  const { t } = useTranslation();
  const text = useTextDraft(target, initial);
  useUnsavedChanges(text.dirty);
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <TextInput label={t('policies.texts.subject')} {...text.bind('subject')} />
            <Textarea label={t('policies.texts.body')} description={t('policies.texts.bodyHint')} autosize minRows={12} maxRows={24} {...text.bind('body')} />
            <Textarea label={t('policies.texts.sms')} autosize minRows={2} maxRows={6} {...text.bind('sms')} />
            <Group justify="flex-end">
              {resettable && (
                <Button variant="default" loading={text.busy} onClick={() => void text.reset()}>
                  {t(resettable === 'shipped' ? 'policies.texts.reset' : 'policies.texts.remove')}
                </Button>
              )}
              <Button loading={text.busy} onClick={() => void text.save()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PlaceholderList onInsert={text.insert} />
        </Grid.Col>
      </Grid>
      <TextPreview text={text.draft} target={target} levelName={levelName} />
    </Stack>
  );
}

function PlaceholderList({ onInsert }: { onInsert(name: string): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600}>
        {t('policies.texts.placeholders')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('policies.texts.placeholdersHint', { example: '{{#interest}}…{{/interest}}' })}
      </Text>
      <ScrollArea.Autosize mah={430} type="auto" offsetScrollbars>
        <Stack gap={2} data-testid="placeholder-list">
          {(Object.keys(placeholders) as Placeholder[]).map((name) => (
            <UnstyledButton
              key={name}
              aria-label={t('policies.texts.insert', { name })}
              // Keeps the cursor in the text while the button is pressed; the insert puts it back after the name.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(name)}
              className={classes.placeholder}
            >
              <Code>{`{{${name}}}`}</Code>
              <Text size="xs" c="dimmed">
                {t(`policies.placeholders.${name}`)}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

/** The text as the customer would read it: with sample values in the text's own language, or for a chosen customer with its own overdue invoices today. */
function TextPreview({ text, target, levelName }: { text: DunningText; target: TextTarget; levelName: string }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const today = useBusinessDate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  // The customer's own overdue invoices at this level; refetched with the ledger, so the preview stays true.
  const real = useQuery({
    queryKey: ['documents.textValues', customerId, target.levelId],
    queryFn: () => unwrap(callChannel('documents.textValues', { customerId: customerId!, levelId: target.levelId })),
    enabled: !!customerId,
    retry: false,
    meta: { tables: ['invoices', 'customers', 'contacts', 'addresses', 'reminders'] },
  });
  if (!today) return null;
  const issues = templateIssues(text);
  const inLanguage = i18n.getFixedT(target.language);
  const words: SampleWords = {
    customer: inLanguage('policies.texts.sample.customer'),
    contact: inLanguage('policies.texts.sample.contact'),
    salutation: inLanguage('policies.texts.sample.salutation'),
    company: inLanguage('policies.texts.sample.company'),
    level: levelName,
  };
  const values = real.data ? (real.data.values as TextValues) : sampleValues(target.language, words, today);
  const shown = issues.length === 0 ? renderText(text, values) : null;
  return (
    <Paper withBorder p="md" data-testid="text-preview">
      <Group justify="space-between" mb="xs" align="flex-end">
        <Title order={5}>{t('policies.texts.preview')}</Title>
        <CustomerPicker value={customerId} onChange={setCustomerId} label={t('policies.texts.previewFor')} w={320} />
      </Group>
      <Text size="xs" c={real.error ? 'red' : 'dimmed'} mb="xs">
        {real.error ? errors.message(real.error) : customerId ? t('policies.texts.previewReal') : t('policies.texts.previewHint')}
      </Text>
      {shown ? (
        <Stack gap="sm" maw={720}>
          <Text fw={600}>{shown.subject}</Text>
          {paragraphsOf(shown.body).map((p, i) => (
            <Text key={i} size="sm" style={{ whiteSpace: 'pre-line' }}>
              {p}
            </Text>
          ))}
          <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="lg" maw={420}>
            <Text size="xs" c="dimmed">
              {t('policies.texts.sms')}
            </Text>
            <Text size="sm">{shown.sms}</Text>
            <SmsLengthLine text={shown.sms} />
          </Paper>
        </Stack>
      ) : (
        <Alert color="orange" title={t('policies.texts.previewBroken')}>
          {issues.map((i) => i.message).join(' · ')}
        </Alert>
      )}
    </Paper>
  );
}
