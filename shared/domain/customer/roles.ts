/**
 * Contact roles the app knows: stored as a stable key, shown in the reader's language. 'accounting' matters most:
 * the active contact with that role fills the dunning contact (shared/domain/dunning/dunning-contact.ts). Any other
 * tag is an office's own role and stays as typed.
 */
export const roleKeys = ['accounting', 'purchasing', 'management', 'sales', 'owner', 'logistics', 'legal'] as const;
export type RoleKey = (typeof roleKeys)[number];

/**
 * What people call each role in nl, en, de and fr, folded (see `fold`). Every UI language's label must be here
 * (tests/unit/roles.test.ts), so a label typed in the form is stored as its key, never as a free tag.
 */
const synonyms: Record<RoleKey, readonly string[]> = {
  accounting: [
    'accounting', 'accounts', 'accounts payable', 'bookkeeping', 'finance', 'financial', 'administration',
    'boekhouding', 'administratie', 'financien', 'financiele administratie', 'crediteuren', 'crediteurenadministratie',
    'buchhaltung', 'finanzbuchhaltung', 'rechnungswesen', 'finanzen', 'kreditorenbuchhaltung', 'kreditoren',
    'comptabilite', 'compta', 'finances', 'comptable', 'comptabilite fournisseurs',
  ],
  purchasing: ['purchasing', 'purchase', 'procurement', 'buyer', 'inkoop', 'inkoper', 'einkauf', 'einkaufer', 'einkaeufer', 'beschaffung', 'achats', 'achat', 'acheteur', 'approvisionnement'],
  management: [
    'management', 'manager', 'general manager', 'director', 'ceo', 'directie', 'directeur', 'bedrijfsleiding',
    'geschaftsfuhrung', 'geschaeftsfuehrung', 'geschaftsfuhrer', 'geschaeftsfuehrer', 'geschaftsleitung', 'geschaeftsleitung',
    'direction', 'directeur general', 'gerant',
  ],
  sales: ['sales', 'verkoop', 'verkoper', 'vertrieb', 'verkauf', 'ventes', 'vente', 'commercial'],
  owner: ['owner', 'proprietor', 'eigenaar', 'inhaber', 'eigentumer', 'eigentuemer', 'proprietaire'],
  logistics: ['logistics', 'warehouse', 'logistiek', 'magazijn', 'logistik', 'lager', 'logistique', 'entrepot'],
  legal: ['legal', 'juridisch', 'juridische zaken', 'recht', 'rechtsabteilung', 'juridique', 'service juridique'],
};

/** Lower case, without accents (ß as ss), dashes and runs of spaces as one space: "Comptabilité" → "comptabilite". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[-_\s]+/g, ' ')
    .trim();

const byWord = new Map<string, RoleKey>(roleKeys.flatMap((k) => synonyms[k].map((w) => [w, k] as const)));

/** The key a role tag means, in whichever of the four languages or case it was typed; null for an office's own. */
export const roleKeyOf = (tag: string): RoleKey | null => byWord.get(fold(tag)) ?? null;

/** How a role is stored: a known role as its key, any other tag trimmed and in lower case. */
export const normalizeRole = (tag: string): string => roleKeyOf(tag) ?? tag.trim().toLowerCase();

export const isRoleKey = (tag: string): tag is RoleKey => (roleKeys as readonly string[]).includes(tag);
