import { Button, Paper, SegmentedControl, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/domain/customer/customer';
import type { Settings } from '../../../shared/settings';
import { api, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';
import { useSettings } from './useSettings';
import { useListLabels } from './list-labels';

/** Each language in its own words, so a user who switched to one they cannot read still finds theirs. */
const ownName: Record<(typeof languages)[number], string> = { nl: 'Nederlands', en: 'English', de: 'Deutsch', fr: 'Français' };

/** Settings → General: who you are, the app's language and look, the office's lists, demo data. */
export function GeneralSettings() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const { settings: s, save } = useSettings();
  const lists = useListLabels();
  const info = useChannel('app.info', {});
  const [name, setName] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const loadDemo = async () => {
    setLoading(true);
    try {
      const r = await unwrap(api().demo.load({ customers: 250, invoicesPerCustomer: 8 }));
      notifications.show({ color: 'teal', message: t('settings.demo.loaded', r) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    } finally {
      setLoading(false);
    }
  };

  if (!s) return null;
  return (
    <Stack maw={640} gap="md">
      <Paper withBorder p="md">
        <Stack>
          <TextInput
            label={t('settings.userName')}
            description={t('settings.userNameHint')}
            value={name ?? s.userName}
            onChange={(e) => setName(e.currentTarget.value)}
            onBlur={() => name !== null && name !== s.userName && void save({ userName: name })}
            error={name !== null && name.trim() === '' ? t('errors.required') : undefined}
          />
          <Select
            label={t('settings.language')}
            data={languages.map((l) => ({ value: l, label: ownName[l] }))}
            value={s.language}
            allowDeselect={false}
            onChange={(v) => v && void save({ language: v as Settings['language'] })}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('settings.theme')}
            </Text>
            <SegmentedControl
              value={s.theme}
              data={(['light', 'dark', 'auto'] as const).map((v) => ({ value: v, label: t(`settings.themes.${v}`) }))}
              onChange={(v) => void save({ theme: v as Settings['theme'] })}
            />
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('settings.lists.title')}
        </Title>
        <Stack>
          <TagsInput
            label={t('settings.lists.profiles')}
            description={t('settings.lists.profilesHint')}
            value={s.customerProfiles.map(lists.profile)}
            onChange={(v) => v.length > 0 && void save({ customerProfiles: v.map(lists.profileOf) })}
          />
          <TagsInput
            label={t('settings.lists.segments')}
            value={s.marketSegments.map(lists.segment)}
            onChange={(v) => void save({ marketSegments: v.map(lists.segmentOf) })}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5}>{t('settings.demo.title')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('settings.demo.body')}
        </Text>
        <Button variant="light" loading={loading} onClick={loadDemo}>
          {t('settings.demo.load')}
        </Button>
      </Paper>
      {info.data && (
        <Text size="xs" c="dimmed">
          {t('settings.about', { version: info.data.version })}
        </Text>
      )}
    </Stack>
  );
}
