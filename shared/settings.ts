import { z } from 'zod';
import { languages } from './domain/customer/customer';

export const settingsSchema = z.object({
  /** Written into created-by/updated-by of every record; the app has no logins. */
  userName: z.string().trim().min(1).max(100),
  language: z.enum(languages),
  theme: z.enum(['light', 'dark', 'auto']),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = { userName: 'Debitum', language: 'en', theme: 'auto' };
