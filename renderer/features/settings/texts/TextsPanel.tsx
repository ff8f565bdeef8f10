import { Badge, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../../shared/domain/customer/customer';
import { STANDARD_PROFILE } from '../../../../shared/domain/dunning/texts';
import { useChannel } from '../../../api';
import { useFormat } from '../../../i18n/format';
import { TextEditor } from './TextEditor';
import { useLeave } from '../../../app/discard';
import { useListLabels } from '../list-labels';

/**
 * Which text is being edited (language × level × profile) and what the store has for it. The levels are those of
 * every policy, by id: a text belongs to a level id, so policies sharing a level share its texts.
 */
function useTextSelection() {
  const fmt = useFormat();
  const [language, setLanguage] = useState<Language>(fmt.language);
  const [levelId, setLevelId] = useState<string | null>(null);
  const [profile, setProfile] = useState(STANDARD_PROFILE);
  // The previous language's texts stay while the next load, so the pickers stay put; the editor waits for them.
  const texts = useChannel('policies.texts', { language }, { placeholderData: (previous) => previous });
  const policies = useChannel('policies.list', {});
  const settings = useChannel('settings.get', {});

  const levels = new Map<string, string>();
  for (const p of policies.data ?? []) for (const l of p.levels) if (!levels.has(l.id)) levels.set(l.id, l.name);
  const level = levelId ?? levels.keys().next().value ?? null;
  const profiles = settings.data?.customerProfiles.includes(STANDARD_PROFILE) ? settings.data.customerProfiles : [STANDARD_PROFILE, ...(settings.data?.customerProfiles ?? [])];
  const find = (p: string) => texts.data?.find((x) => x.levelId === level && x.profile === p);
  // A profile without its own text starts from the standard one, as reminders to it would read.
  const own = find(profile);
  const current = own ?? find(STANDARD_PROFILE) ?? null;
  return {
    ready: !!texts.data && !!policies.data && !!settings.data,
    language,
    setLanguage,
    level,
    setLevelId,
    levels,
    profile,
    setProfile,
    profiles,
    current,
    fallback: !own && !!current,
    loaded: !texts.isPlaceholderData,
  };
}

/** Settings → Reminder texts. */
export function TextsPanel() {
  const { t } = useTranslation();
  const s = useTextSelection();
  // Another language, level or profile opens another text: the draft of this one would be lost.
  const leave = useLeave();
  const lists = useListLabels();
  if (!s.ready) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('policies.texts.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('policies.texts.language')}
          data={languages.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
          value={s.language}
          allowDeselect={false}
          onChange={(v) => v && leave(() => s.setLanguage(v as Language))}
        />
        <Select
          label={t('policies.texts.level')}
          data={[...s.levels].map(([id, name]) => ({ value: id, label: t('policies.texts.levelOption', { name, id }) }))}
          value={s.level}
          allowDeselect={false}
          onChange={(v) => v && leave(() => s.setLevelId(v))}
        />
        <Select
          label={t('policies.texts.profile')}
          data={s.profiles.map((p) => ({ value: p, label: lists.profile(p) }))}
          value={s.profile}
          allowDeselect={false}
          onChange={(v) => v && leave(() => s.setProfile(v))}
        />
      </SimpleGrid>
      <Group gap="xs" data-testid="text-state">
        {s.current && !s.fallback && (
          <Badge variant="light" color={s.current.custom ? 'teal' : 'gray'}>
            {t(s.current.custom ? 'policies.texts.custom' : 'policies.texts.shippedText')}
          </Badge>
        )}
        {s.fallback && (
          <Text size="sm" c="dimmed">
            {t('policies.texts.fallback')}
          </Text>
        )}
        {!s.current && (
          <Text size="sm" c="dimmed">
            {t('policies.texts.noText')}
          </Text>
        )}
      </Group>
      {s.level && s.loaded && (
        <TextEditor
          // A new selection, or the store's text changing under it (saved, reset), starts the draft again.
          key={`${s.language}|${s.level}|${s.profile}|${s.fallback}|${s.current?.custom}|${s.current?.subject}|${s.current?.body}|${s.current?.sms}`}
          target={{ language: s.language, levelId: s.level, profile: s.profile }}
          levelName={s.levels.get(s.level) ?? s.level}
          initial={s.current ?? { subject: '', body: '', sms: '' }}
          resettable={s.current?.custom && !s.fallback ? (s.current.shipped ? 'shipped' : 'own') : null}
        />
      )}
    </Stack>
  );
}
