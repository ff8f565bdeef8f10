import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { api } from './api';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  const settings = await api().settings.get({});
  const language = settings.ok ? settings.value.language : 'en';
  const i18n = initI18n(language);
  // The page's language is the app's, so screen readers speak German as German and the browser hyphenates it as such.
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => (document.documentElement.lang = lng));
  createRoot(document.getElementById('root')!).render(<App initialTheme={settings.ok ? settings.value.theme : 'auto'} />);
}

void boot();
