import { useTranslation } from 'react-i18next';
import { shippedProfiles, shippedSegments } from '../../../shared/settings';

const isIn = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * The office's customer profiles and market segments as the user reads them: a shipped one in the UI language, the
 * office's own as typed. `…Of` turns what the Settings lists show back into what is stored.
 */
export function useListLabels() {
  const { t } = useTranslation();
  const profile = (p: string): string => (isIn(shippedProfiles, p) ? t(`settings.shipped.profiles.${p}`) : p);
  const segment = (s: string): string => (isIn(shippedSegments, s) ? t(`settings.shipped.segments.${s}`) : s);
  return {
    profile,
    segment,
    profileOf: (label: string): string => shippedProfiles.find((p) => profile(p) === label) ?? label,
    segmentOf: (label: string): string => shippedSegments.find((s) => segment(s) === label) ?? label,
  };
}
