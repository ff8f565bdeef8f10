import { Button, Divider, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsAccount, type SmsGateway, smsEndpoint, smsGateways, smsPlaceholders, type SmsSetup } from '../../../shared/domain/outbox/sms-gateways';
import { callChannel, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useAction } from '../dunning/RunTab';
import { SmsLengthLine } from '../outbox/SmsLength';

type Custom = SmsSetup['custom'];
type Errors = Record<string, string>;

/** A custom gateway's request and how its answer is read. */
function CustomFields({ custom, errors, onChange }: { custom: Custom; errors: Errors; onChange(c: Custom): void }) {
  const { t } = useTranslation();
  const set = <K extends keyof Custom>(key: K, value: Custom[K]) => onChange({ ...custom, [key]: value });
  const text = (key: 'authHeader' | 'authValue' | 'success' | 'idPath', hint?: string) => (
    <TextInput label={t(`outbox.sms.${key}`)} description={hint} value={custom[key]} error={errors[`custom.${key}`]} onChange={(e) => set(key, e.currentTarget.value)} />
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('outbox.sms.format')}
          allowDeselect={false}
          data={(['json', 'form'] as const).map((f) => ({ value: f, label: t(`outbox.sms.formats.${f}`) }))}
          value={custom.format}
          onChange={(v) => set('format', v === 'form' ? 'form' : 'json')}
        />
        {text('authHeader')}
        {text('authValue')}
      </SimpleGrid>
      <Textarea
        label={t('outbox.sms.body')}
        description={t('outbox.sms.bodyHint', { list: smsPlaceholders.map((p) => `{{${p}}}`).join(' ') })}
        autosize
        minRows={3}
        styles={{ input: { fontFamily: 'monospace' } }}
        value={custom.body}
        error={errors['custom.body']}
        onChange={(e) => set('body', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('success', t('outbox.sms.successHint'))}
        {text('idPath', t('outbox.sms.idPathHint'))}
      </SimpleGrid>
    </Stack>
  );
}

/** The gateway, its sender and key, and (for another gateway) its request. */
function GatewayForm({ saved, hasSecret, onSaved }: { saved: SmsSetup; hasSecret: boolean; onSaved(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { busy, run } = useAction();
  const [setup, setSetup] = useState<SmsSetup>(saved);
  const [secret, setSecret] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const set = <K extends keyof SmsSetup>(key: K, value: SmsSetup[K]) => setSetup((s) => ({ ...s, [key]: value }));
  const gateway = setup.gateway;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFieldErrors({});
    const done = await run(async () => {
      try {
        await unwrap(callChannel('settings.update', { sms: setup }));
      } catch (error) {
        // The settings schema names fields from the top ('sms.sender'); the form's fields are the gateway's own.
        setFieldErrors(Object.fromEntries(Object.entries(errors.fieldErrors(error)).map(([k, v]) => [k.replace(/^sms\./, ''), v])));
        throw error;
      }
      if (secret) await unwrap(callChannel('sms.setSecret', { secret }));
    }, () => t('outbox.sms.saved'));
    if (done !== null) {
      setSecret('');
      onSaved();
    }
  };
  const placeholder = (name: string) => ({ placeholder: `{{${name}}}` });
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('outbox.sms.gateway')}
            allowDeselect={false}
            data={smsGateways.map((g) => ({ value: g, label: t(`outbox.sms.gateways.${g}`) }))}
            value={gateway}
            onChange={(v) => set('gateway', (v ?? 'none') as SmsGateway)}
          />
          {gateway !== 'none' && (
            <TextInput label={t('outbox.sms.sender')} description={t('outbox.sms.senderHint')} value={setup.sender} error={fieldErrors.sender} onChange={(e) => set('sender', e.currentTarget.value)} />
          )}
        </SimpleGrid>
        {gateway !== 'none' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {needsAccount(gateway) && (
              <TextInput
                label={t(`outbox.sms.account.${gateway === 'vonage' || gateway === 'twilio' ? gateway : 'custom'}`, placeholder('account'))}
                value={setup.account}
                error={fieldErrors.account}
                onChange={(e) => set('account', e.currentTarget.value)}
              />
            )}
            <PasswordInput
              label={t(`outbox.sms.secret.${gateway}`, placeholder('secret'))}
              description={hasSecret ? t('outbox.sms.secretSaved') : undefined}
              value={secret}
              autoComplete="new-password"
              onChange={(e) => setSecret(e.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        {gateway !== 'none' && (
          <TextInput
            label={t('outbox.sms.url')}
            description={gateway === 'custom' ? t('outbox.sms.customUrlHint') : t('outbox.sms.urlHint', { url: smsEndpoint({ ...setup, url: '' }) })}
            value={setup.url}
            error={fieldErrors.url}
            onChange={(e) => set('url', e.currentTarget.value)}
          />
        )}
        {gateway === 'custom' && <CustomFields custom={setup.custom} errors={fieldErrors} onChange={(c) => set('custom', c)} />}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('outbox.sms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A test SMS to a number the user types, with its text's length and parts shown as it is typed. */
function TestSms({ initialText }: { initialText: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { busy, run } = useAction();
  const [to, setTo] = useState('');
  const [text, setText] = useState(initialText);
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const send = () =>
    run(
      () =>
        unwrap(callChannel('sms.sendTest', { to, text })).catch((e: unknown) => {
          setFieldErrors(errors.fieldErrors(e));
          throw e;
        }),
      (r) => {
        setFieldErrors({});
        return t('outbox.sms.testSent', { to: r.to, response: r.response });
      },
    );
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput label={t('outbox.sms.testTo')} value={to} error={Object.entries(fieldErrors).find(([field]) => field !== 'text')?.[1]} onChange={(e) => setTo(e.currentTarget.value)} w={300} />
        <Button variant="light" loading={busy} onClick={() => void send()}>
          {t('outbox.sms.test')}
        </Button>
      </Group>
      <Textarea label={t('outbox.sms.testText')} value={text} autosize minRows={2} maw={620} error={fieldErrors.text} onChange={(e) => setText(e.currentTarget.value)} />
      <SmsLengthLine text={text} />
    </Stack>
  );
}

/** Settings → SMS: the gateway, its key kept by the system's secret store, and a test SMS. */
export function SmsSettings() {
  const { t } = useTranslation();
  const settings = useChannel('settings.get', {});
  const status = useChannel('sms.status', {});
  if (!settings.data || !status.data) return null;
  const { sms, company, userName } = settings.data;
  return (
    <Paper withBorder p="md" data-testid="sms-settings">
      <Title order={5}>{t('outbox.sms.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outbox.sms.intro')}
      </Text>
      <Stack>
        <GatewayForm
          saved={sms}
          hasSecret={status.data.hasSecret}
          onSaved={() => {
            void settings.refetch();
            void status.refetch();
          }}
        />
        {sms.gateway !== 'none' && (
          <>
            <Divider />
            <TestSms initialText={t('outbox.sms.testSample', { name: company.legalName || userName })} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
