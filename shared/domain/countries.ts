/** Countries offered in forms: the EU and EEA, plus neighbours a Benelux or German office invoices most. */
export const countryCodes = [
  'NL', 'BE', 'DE', 'LU', 'FR', 'AT', 'BG', 'CH', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'GB', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LV', 'MT', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'TR', 'US',
] as const;
