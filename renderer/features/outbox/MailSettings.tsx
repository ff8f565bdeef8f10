import { Button, Group, NumberInput, Paper, PasswordInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefOf, OutputOf } from '../../../shared/contract';
import type { MailAccount } from '../../../shared/settings';
import { callChannel, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useAction } from '../dunning/RunTab';
import { MicrosoftFields, MicrosoftSignIn } from './MicrosoftSignIn';

type MailStatus = OutputOf<DefOf<'mail.status'>>;

const providers = ['password', 'microsoft'] as const;
const securities = ['starttls', 'tls', 'none'] as const;
const defaultPort: Record<MailAccount['security'], number> = { tls: 465, starttls: 587, none: 25 };

type Fields = { account: MailAccount; errors: Record<string, string>; set<K extends keyof MailAccount>(key: K, value: MailAccount[K]): void };

function textField({ account, errors, set }: Fields, label: string, key: 'host' | 'user' | 'fromName' | 'fromAddress', hint?: string) {
  return <TextInput label={label} description={hint} value={account[key]} error={errors[key]} onChange={(e) => set(key, e.currentTarget.value)} />;
}

/** An SMTP server with user and password, as hosting providers and Google (app password) take it. */
function PasswordFields({ fields, hasPassword, password, setPassword }: { fields: Fields; hasPassword: boolean; password: string; setPassword(p: string): void }) {
  const { t } = useTranslation();
  const { account, errors, set } = fields;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {textField(fields, t('outbox.account.host'), 'host')}
        <Select
          label={t('outbox.account.security')}
          allowDeselect={false}
          data={securities.map((s) => ({ value: s, label: t(`outbox.account.securities.${s}`) }))}
          value={account.security}
          onChange={(v) => {
            const security = (v ?? 'starttls') as MailAccount['security'];
            set('security', security);
            set('port', defaultPort[security]);
          }}
        />
        <NumberInput label={t('outbox.account.port')} min={1} max={65_535} allowDecimal={false} value={account.port} error={errors.port} onChange={(v) => set('port', Number(v) || 0)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {textField(fields, t('outbox.account.user'), 'user')}
        <PasswordInput
          label={t('outbox.account.password')}
          description={hasPassword ? t('outbox.account.passwordSaved') : undefined}
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
      </SimpleGrid>
    </>
  );
}

function AccountForm({ saved, status, onSaved }: { saved: MailAccount; status: MailStatus; onSaved(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { busy, run } = useAction();
  const [account, setAccount] = useState<MailAccount>(saved);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fields: Fields = { account, errors, set: (key, value) => setAccount((a) => ({ ...a, [key]: value })) };
  const microsoft = account.provider === 'microsoft';
  const save = async () => {
    setErrors({});
    try {
      await unwrap(callChannel('settings.update', { mail: account }));
    } catch (error) {
      // The settings schema names fields from the top ('mail.host'); the form's fields are the account's own.
      setErrors(Object.fromEntries(Object.entries(errorText.fieldErrors(error)).map(([k, v]) => [k.replace(/^mail\./, ''), v])));
      throw error;
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await run(async () => {
      await save();
      if (password && !microsoft) await unwrap(callChannel('mail.setPassword', { password }));
    }, () => t('outbox.account.saved'));
    if (done !== null) {
      setPassword('');
      onSaved();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('mail.provider.label')}
          data={providers.map((p) => ({ value: p, label: t(`mail.provider.${p}`) }))}
          value={account.provider}
          onChange={(v) => fields.set('provider', v as MailAccount['provider'])}
          w="fit-content"
        />
        {microsoft ? (
          <>
            <Text size="sm">{t('mail.microsoft.intro')}</Text>
            <MicrosoftFields value={account.microsoft} errors={errors} onChange={(m) => fields.set('microsoft', m)} />
          </>
        ) : (
          <PasswordFields fields={fields} hasPassword={status.hasPassword} password={password} setPassword={setPassword} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {textField(fields, t('outbox.account.fromName'), 'fromName', t('outbox.account.fromNameHint'))}
          {textField(fields, t('outbox.account.fromAddress'), 'fromAddress', microsoft ? t('mail.microsoft.fromAddressHint') : t('outbox.account.fromAddressHint'))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('outbox.account.save')}
          </Button>
        </Group>
        {microsoft && <MicrosoftSignIn status={status.microsoft} save={save} onChange={onSaved} />}
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

/**
 * Settings → E-mail: the SMTP account with its password, or the Microsoft 365 / Outlook.com sign-in (both kept by
 * the system's secret store), and a test message through whichever is chosen.
 */
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
          status={status.data}
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
