import de from '../../../resources/templates/dunning/de.json' with { type: 'json' };
import en from '../../../resources/templates/dunning/en.json' with { type: 'json' };
import fr from '../../../resources/templates/dunning/fr.json' with { type: 'json' };
import nl from '../../../resources/templates/dunning/nl.json' with { type: 'json' };
import type { Language } from '../customer/customer';
import { type LanguageTexts, languageTextsSchema } from './texts';

/**
 * The texts that ship, keyed by the level ids of the default policies (polite, firm, final, nl_fourteen_day,
 * be_first_free, de_first) and by profile (standard; strategic for polite and firm). Parsed here so a shipped text
 * with an unknown placeholder fails at start-up and in the unit tests, never in a customer's letter.
 * The fourteen-day texts name no pay-by date on purpose: the term runs from the day after delivery, which the letter
 * cannot know when it is printed, and a date falling before the term's end would void the costs it announces.
 */
export const defaultTexts: Record<Language, LanguageTexts> = {
  nl: languageTextsSchema.parse(nl),
  en: languageTextsSchema.parse(en),
  de: languageTextsSchema.parse(de),
  fr: languageTextsSchema.parse(fr),
};
