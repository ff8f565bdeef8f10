import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBrandWindows, IconCircleCheck, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefOf, OutputOf } from '../../../shared/contract';
import { DEBITUM_MICROSOFT_CLIENT_ID, type MicrosoftSignIn as Registration } from '../../../shared/settings';
import { callChannel, unwrap } from '../../api';
import { useAction } from '../dunning/RunTab';

type MicrosoftStatus = OutputOf<DefOf<'mail.status'>>['microsoft'];

/** The app registration and tenant the sign-in goes to. */
export function MicrosoftFields({ value, errors, onChange }: { value: Registration; errors: Record<string, string>; onChange(next: Registration): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('mail.microsoft.clientId')}
          description={t(DEBITUM_MICROSOFT_CLIENT_ID ? 'mail.microsoft.clientIdOptional' : 'mail.microsoft.clientIdRequired')}
          placeholder="00000000-0000-0000-0000-000000000000"
          value={value.clientId}
          error={errors['microsoft.clientId']}
          onChange={(e) => onChange({ ...value, clientId: e.currentTarget.value })}
        />
        <TextInput
          label={t('mail.microsoft.tenant')}
          description={t('mail.microsoft.tenantHint')}
          value={value.tenant}
          error={errors['microsoft.tenant']}
          onChange={(e) => onChange({ ...value, tenant: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('mail.microsoft.registration')}
      </Text>
    </Stack>
  );
}

function StatusLine({ status }: { status: MicrosoftStatus }) {
  const { t } = useTranslation();
  if (status.state === 'signed_out') return <Text size="sm" c="dimmed" data-testid="microsoft-status">{t('mail.microsoft.signedOut')}</Text>;
  if (status.state === 'signed_in') {
    return (
      <Group gap={6} data-testid="microsoft-status">
        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
        <Text size="sm" fw={500}>
          {t('mail.microsoft.signedIn', { account: status.account })}
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="orange" data-testid="microsoft-status">
      {t(`mail.microsoft.${status.state}`, { account: status.account, reason: status.reason })}
    </Alert>
  );
}

/** While the browser has the sign-in: what to do there, and a way to stop waiting. */
function Waiting() {
  const { t } = useTranslation();
  return (
    <Group>
      <Loader size="sm" />
      <Text size="sm">{t('mail.microsoft.waiting')}</Text>
      <Button variant="default" onClick={() => void callChannel('mail.cancelSignIn', {})}>
        {t('mail.microsoft.cancel')}
      </Button>
    </Group>
  );
}

/**
 * The signed-in account and what to do with it. Signing in saves the form first, so the browser opens for the
 * client id and tenant on screen; the call answers when the browser came back.
 */
export function MicrosoftSignIn({ status, save, onChange }: { status: MicrosoftStatus; save(): Promise<void>; onChange(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [waiting, setWaiting] = useState(false);
  const signIn = async () => {
    setWaiting(true);
    await run(
      async () => {
        await save();
        return unwrap(callChannel('mail.signIn', {}));
      },
      (r) => t('mail.microsoft.signedInDone', { account: r.account }),
    );
    setWaiting(false);
    onChange();
  };
  const signOut = async () => {
    await run(() => unwrap(callChannel('mail.signOut', {})), () => t('mail.microsoft.signedOutDone'));
    onChange();
  };
  const again = status.state === 'refused' || status.state === 'changed';
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <StatusLine status={status} />
        {waiting ? (
          <Waiting />
        ) : (
          <Group>
            <Button variant={status.state === 'signed_in' ? 'default' : 'filled'} leftSection={<IconBrandWindows size={16} />} loading={busy} onClick={() => void signIn()}>
              {t(again ? 'mail.microsoft.signInAgain' : 'mail.microsoft.signIn')}
            </Button>
            {status.state !== 'signed_out' && (
              <Button variant="subtle" color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
                {t('mail.microsoft.signOut')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
