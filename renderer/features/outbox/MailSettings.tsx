import { Button, Group, NumberInput, Paper, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailAccount } from '../../../shared/settings';
import { callChannel, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useAction } from '../dunning/RunTab';

const securities = ['starttls', 'tls', 'none'] as const;
const defaultPort: Record<MailAccount['security'], number> = { tls: 465, starttls: 587, none: 25 };

function AccountForm({ saved, hasPassword, onSaved }: { saved: MailAccount; hasPassword: boolean; onSaved(): void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { busy, run } = useAction();
  const [account, setAccount] = useState<MailAccount>(saved);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof MailAccount>(key: K, value: MailAccount[K]) => setAccount((a) => ({ ...a, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFieldErrors({});
    const done = await run(async () => {
      try {
        await unwrap(callChannel('settings.update', { mail: account }));
      } catch (error) {
        // The settings schema names fields from the top ('mail.host'); the form's fields are the account's own.
        setFieldErrors(Object.fromEntries(Object.entries(errors.fieldErrors(error)).map(([k, v]) => [k.replace(/^mail\./, ''), v])));
        throw error;
      }
      if (password) await unwrap(callChannel('mail.setPassword', { password }));
    }, () => t('outbox.account.saved'));
    if (done !== null) {
      setPassword('');
      onSaved();
    }
  };
  const field = (key: 'host' | 'user' | 'fromName' | 'fromAddress', hint?: string) => (
    <TextInput
      label={t(`outbox.account.${key}`)}
      description={hint}
      value={account[key]}
      error={fieldErrors[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field('host')}
          <Select
            label={t('outbox.account.security')}
            allowDeselect={false}
            data={securities.map((s) => ({ value: s, label: t(`outbox.account.securities.${s}`) }))}
            value={account.security}
            onChange={(v) => {
              const security = (v ?? 'starttls') as MailAccount['security'];
              setAccount((a) => ({ ...a, security, port: defaultPort[security] }));
            }}
          />
          <NumberInput label={t('outbox.account.port')} min={1} max={65_535} allowDecimal={false} value={account.port} error={fieldErrors.port} onChange={(v) => set('port', Number(v) || 0)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('user')}
          <PasswordInput
            label={t('outbox.account.password')}
            description={hasPassword ? t('outbox.account.passwordSaved') : undefined}
            value={password}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {field('fromName', t('outbox.account.fromNameHint'))}
          {field('fromAddress', t('outbox.account.fromAddressHint'))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('outbox.account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TestMessage({ to: initial }: { to: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { busy, run } = useAction();
  const [to, setTo] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const send = () =>
    run(
      () =>
        unwrap(callChannel('mail.sendTest', { to })).catch((e: unknown) => {
          setError(errors.fieldErrors(e).to);
          throw e;
        }),
      (r) => {
        setError(undefined);
        return t('outbox.account.testSent', { response: r.response });
      },
    );
  return (
    <Group align="flex-end">
      <TextInput label={t('outbox.account.testTo')} value={to} error={error} onChange={(e) => setTo(e.currentTarget.value)} w={300} />
      <Button variant="light" loading={busy} onClick={() => void send()}>
        {t('outbox.account.test')}
      </Button>
    </Group>
  );
}

/** Settings → E-mail: the SMTP account, its password kept by the system's secret store, and a test message. */
export function MailSettings() {
  const { t } = useTranslation();
  const settings = useChannel('settings.get', {});
  const status = useChannel('mail.status', {});
  if (!settings.data || !status.data) return null;
  const { mail, company } = settings.data;
  return (
    <Paper withBorder p="md" data-testid="mail-settings">
      <Title order={5}>{t('outbox.account.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outbox.account.intro')}
      </Text>
      <Stack>
        <AccountForm
          saved={mail}
          hasPassword={status.data.hasPassword}
          onSaved={() => {
            void settings.refetch();
            void status.refetch();
          }}
        />
        <TestMessage to={mail.fromAddress || company.email} />
      </Stack>
    </Paper>
  );
}
