import { useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings';
import { api, unwrap, useChannel } from '../../api';
import { useErrorText } from '../../app/errors';

/** The app settings and one way to change them: saved at once, said so, and the UI's language and theme follow. */
export function useSettings() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { setColorScheme } = useMantineColorScheme();
  const settings = useChannel('settings.get', {});

  const save = async (patch: Partial<Settings>) => {
    try {
      const next = await unwrap(api().settings.update(patch));
      void settings.refetch();
      if (patch.language) await i18n.changeLanguage(next.language);
      if (patch.theme) setColorScheme(next.theme);
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errors.message(e) });
    }
  };
  return { settings: settings.data, save };
}
