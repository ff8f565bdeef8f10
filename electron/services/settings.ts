import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultSettings, type Settings, type SettingsPatch, settingsSchema } from '../../shared/settings';

export type SettingsStore = {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Nothing was stored before: this is the app's first start on this profile. */
  readonly firstStart: boolean;
};

/** Reads stored settings leniently: a field that no longer validates falls back to its default, the rest stays. */
export function settingsFrom(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      const field = settingsSchema.shape[k as keyof Settings];
      if (field?.safeParse(v).success) out[k] = v;
    }
  }
  return settingsSchema.parse(out);
}

/**
 * Settings in a JSON file, written atomically (temp file + rename) so a crash never leaves half a file. The
 * Electron shell uses electron-store instead; both satisfy SettingsStore.
 */
export function jsonFileSettings(path: string): SettingsStore {
  const firstStart = !existsSync(path);
  let current: Settings;
  try {
    current = settingsFrom(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    current = { ...defaultSettings };
  }
  return {
    firstStart,
    get: () => current,
    update(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, JSON.stringify(current, null, 2));
      renameSync(`${path}.tmp`, path);
      return current;
    },
  };
}
