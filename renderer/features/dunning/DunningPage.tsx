import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DunningTab, useNavigation } from '../../app/navigation';
import { BlocksTab } from './BlocksTab';
import { CallsTab } from './CallsTab';
import { RemindersTab } from './RemindersTab';
import { RunTab } from './RunTab';

/** Dunning: the run (proposal, review, execute), the reminders it issued, the calls to make, and the blocks. */
export function DunningPage({ tab }: { tab: DunningTab }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  return (
    <Stack gap="md">
      <Title order={2}>{t('dunning.title')}</Title>
      <Tabs value={tab} onChange={(v) => v && go({ area: 'dunning', tab: v as DunningTab })} keepMounted={false}>
        <Tabs.List>
          {(['run', 'reminders', 'calls', 'blocks'] as const).map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`dunning.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="run" pt="md">
          <RunTab />
        </Tabs.Panel>
        <Tabs.Panel value="reminders" pt="md">
          <RemindersTab />
        </Tabs.Panel>
        <Tabs.Panel value="calls" pt="md">
          <CallsTab />
        </Tabs.Panel>
        <Tabs.Panel value="blocks" pt="md">
          <BlocksTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
