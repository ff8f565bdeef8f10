import { ActionIcon, AppShell, Badge, Group, MantineProvider, NavLink, Text, Title, Tooltip, createTheme, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconBellRinging, IconFileImport, IconFileInvoice, IconMailForward, IconMoon, IconSettings, IconSun, IconUsers } from '@tabler/icons-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerCardPage } from '../features/customers/CustomerCardPage';
import { CustomerListPage } from '../features/customers/CustomerListPage';
import { ReceivablesPage } from '../features/receivables/ReceivablesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { DunningPage } from '../features/dunning/DunningPage';
import { ImportPage } from '../features/imports/ImportPage';
import { MatchingPage } from '../features/imports/MatchingPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { queryClient, useChangeEvents } from '../api';
import { NavigationContext, type View } from './navigation';
import { UnsavedChangesProvider, useLeave } from './discard';

const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A badge names a state in a word or two; cut to "NICHT I…" in a narrow column it says nothing, so it keeps its width.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});

function ThemeToggle() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Tooltip label={t('app.themeToggle')}>
      <ActionIcon variant="default" size="lg" aria-label={t('app.themeToggle')} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

function Shell() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ area: 'customers' });
  const leave = useLeave();
  // Every move to another page or tab asks first while a page form holds unsaved changes.
  const go = useCallback((next: View) => leave(() => setView(next)), [leave]);
  useChangeEvents();
  const inCustomers = view.area === 'customers' || view.area === 'customer';
  return (
    <NavigationContext.Provider value={{ view, go }}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="xs">
              <Title order={3} c="teal.7">
                {t('app.name')}
              </Title>
            </Group>
            <ThemeToggle />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="main">
          <NavLink
            component="button"
            label={<Text fw={500}>{t('app.nav.customers')}</Text>}
            leftSection={<IconUsers size={18} />}
            active={inCustomers}
            onClick={() => go({ area: 'customers' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('app.nav.receivables')}</Text>}
            leftSection={<IconFileInvoice size={18} />}
            active={view.area === 'receivables'}
            onClick={() => go({ area: 'receivables' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('dunning.nav')}</Text>}
            leftSection={<IconBellRinging size={18} />}
            active={view.area === 'dunning'}
            onClick={() => go({ area: 'dunning', tab: 'run' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('outbox.nav')}</Text>}
            leftSection={<IconMailForward size={18} />}
            active={view.area === 'outbox'}
            onClick={() => go({ area: 'outbox' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('imports.nav')}</Text>}
            leftSection={<IconFileImport size={18} />}
            active={view.area === 'imports'}
            onClick={() => go({ area: 'imports' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('bank.nav')}</Text>}
            leftSection={<IconArrowsExchange size={18} />}
            active={view.area === 'matching'}
            onClick={() => go({ area: 'matching' })}
          />
          <NavLink
            component="button"
            label={<Text fw={500}>{t('app.nav.settings')}</Text>}
            leftSection={<IconSettings size={18} />}
            active={view.area === 'settings'}
            onClick={() => go({ area: 'settings' })}
          />
        </AppShell.Navbar>
        <AppShell.Main>
          {view.area === 'customers' && <CustomerListPage />}
          {view.area === 'customer' && <CustomerCardPage id={view.id} tab={view.tab} />}
          {view.area === 'receivables' && <ReceivablesPage />}
          {view.area === 'imports' && <ImportPage />}
          {view.area === 'matching' && <MatchingPage />}
          {view.area === 'settings' && <SettingsPage />}
          {view.area === 'dunning' && <DunningPage tab={view.tab} />}
          {view.area === 'outbox' && <OutboxPage />}
        </AppShell.Main>
      </AppShell>
    </NavigationContext.Provider>
  );
}

export function App({ initialTheme }: { initialTheme: 'light' | 'dark' | 'auto' }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme={initialTheme}>
        {/* In the header's middle, where no action sits (the page's own buttons are on its right); three at most, each closing by itself. */}
        <Notifications position="top-center" limit={3} autoClose={5000} containerWidth={420} />
        <UnsavedChangesProvider>
          <Shell />
        </UnsavedChangesProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
