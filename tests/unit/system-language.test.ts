import { describe, expect, it } from 'vitest';
import { languageFromSystem } from '../../shared/settings';

describe('the first start’s language', () => {
  it.each([
    [['de-DE'], 'de'],
    [['de-AT', 'en-US'], 'de'],
    [['nl_BE'], 'nl'],
    [['fr-BE', 'nl-BE'], 'fr'],
    [['en-US'], 'en'],
    // A language the app does not speak is passed over for the next one the user listed.
    [['es-ES', 'de-CH'], 'de'],
    [['es-ES', 'en-GB', 'de-DE'], 'en'],
    [['pl-PL'], 'en'],
    [[], 'en'],
  ])('%j → %s', (tags, language) => {
    expect(languageFromSystem(tags)).toBe(language);
  });
});
