import { settingsPatchSchema, settingsSchema } from '../settings';
import { channel, none, read } from './channel';

export const settings = {
  get: read([], none, settingsSchema),
  update: channel(settingsPatchSchema, settingsSchema),
};
