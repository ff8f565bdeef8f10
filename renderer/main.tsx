import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { api } from './api';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  const settings = await api().settings.get({});
  initI18n(settings.ok ? settings.value.language : 'en');
  createRoot(document.getElementById('root')!).render(<App initialTheme={settings.ok ? settings.value.theme : 'auto'} />);
}

void boot();
