/**
 * Deterministic demo data for screenshots, end-to-end tests and benchmarks.
 *
 * Pure TypeScript on purpose (no Node or DOM APIs): the same module seeds the store from a Node script and from a
 * browser page, and both must see identical data for a given seed. For that reason everything below uses integer
 * arithmetic on the PRNG output only — no Math.exp/pow/log, whose last bits may differ between JS engines.
 */
import type { CustomerFields } from '../../shared/domain/customer/customer';
import { completeBeVat, completeDeVat, completeNlVat } from '../../shared/domain/customer/vat';
import { addDays } from '../../shared/domain/dates';

export type DemoCustomer = CustomerFields;

export type DemoInvoice = {
  number: string;
  customerNumber: string;
  issueDate: string;
  dueDate: string;
  currency: 'EUR';
  amountCents: number;
  openCents: number;
};

// ---------------------------------------------------------------------------------------------------------------
// PRNG

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data, and bit-exact across engines (Math.imul, exact division). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi], both inclusive. */
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

function pick<T>(rng: Rng, items: readonly T[]): T {
  // The lists below are non-empty constants; the cast only silences noUncheckedIndexedAccess.
  return items[Math.floor(rng() * items.length)] as T;
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
}

/** Subscriber numbers and registry numbers that start with 0 look wrong, so the first digit is 1–9. */
const digitsNoLead = (rng: Rng, n: number): string => String(int(rng, 1, 9)) + digits(rng, n - 1);

// ---------------------------------------------------------------------------------------------------------------
// Reference data

type Country = 'NL' | 'BE' | 'DE' | 'FR';
type Lang = 'nl' | 'de' | 'fr';

type City = {
  name: string;
  /** Dutch name where a Belgian city has one that differs (Brussels). */
  nameNl?: string;
  /** Either an inclusive numeric range (NL 4-digit part, DE) or an explicit list of real codes (BE, FR). */
  range?: readonly [number, number];
  codes?: readonly string[];
  /** Trunk-free area code and subscriber length, so landlines come out as valid E.164 numbers. */
  area: string;
  sub: number;
  /** BE only: the language spoken there; 'both' for Brussels. */
  lang?: 'nl' | 'fr' | 'both';
};

const citiesNl: readonly City[] = [
  { name: 'Amsterdam', range: [1011, 1109], area: '20', sub: 7 },
  { name: 'Rotterdam', range: [3011, 3089], area: '10', sub: 7 },
  { name: 'Den Haag', range: [2491, 2597], area: '70', sub: 7 },
  { name: 'Utrecht', range: [3511, 3585], area: '30', sub: 7 },
  { name: 'Eindhoven', range: [5611, 5658], area: '40', sub: 7 },
  { name: 'Groningen', range: [9711, 9747], area: '50', sub: 7 },
  { name: 'Tilburg', range: [5011, 5049], area: '13', sub: 7 },
  { name: 'Haarlem', range: [2011, 2037], area: '23', sub: 7 },
  { name: 'Breda', range: [4811, 4839], area: '76', sub: 7 },
  { name: 'Nijmegen', range: [6511, 6546], area: '24', sub: 7 },
  { name: 'Arnhem', range: [6811, 6846], area: '26', sub: 7 },
  { name: 'Maastricht', range: [6211, 6229], area: '43', sub: 7 },
  { name: 'Zwolle', range: [8011, 8043], area: '38', sub: 7 },
  { name: 'Leeuwarden', range: [8911, 8939], area: '58', sub: 7 },
  { name: "'s-Hertogenbosch", range: [5211, 5249], area: '73', sub: 7 },
  { name: 'Enschede', range: [7511, 7548], area: '53', sub: 7 },
  { name: 'Delft', range: [2611, 2629], area: '15', sub: 7 },
  { name: 'Leiden', range: [2311, 2334], area: '71', sub: 7 },
  { name: 'Alkmaar', range: [1811, 1826], area: '72', sub: 7 },
  { name: 'Amersfoort', range: [3811, 3829], area: '33', sub: 7 },
];

const citiesBe: readonly City[] = [
  { name: 'Bruxelles', nameNl: 'Brussel', codes: ['1000', '1020', '1120', '1130'], area: '2', sub: 7, lang: 'both' },
  { name: 'Antwerpen', codes: ['2000', '2018', '2020', '2030', '2050', '2060'], area: '3', sub: 7, lang: 'nl' },
  { name: 'Gent', codes: ['9000', '9030', '9040', '9050'], area: '9', sub: 7, lang: 'nl' },
  { name: 'Brugge', codes: ['8000', '8200', '8310'], area: '50', sub: 6, lang: 'nl' },
  { name: 'Leuven', codes: ['3000', '3001', '3010', '3012'], area: '16', sub: 6, lang: 'nl' },
  { name: 'Mechelen', codes: ['2800'], area: '15', sub: 6, lang: 'nl' },
  { name: 'Hasselt', codes: ['3500', '3510'], area: '11', sub: 6, lang: 'nl' },
  { name: 'Kortrijk', codes: ['8500', '8501', '8510'], area: '56', sub: 6, lang: 'nl' },
  { name: 'Oostende', codes: ['8400'], area: '59', sub: 6, lang: 'nl' },
  { name: 'Aalst', codes: ['9300', '9320'], area: '53', sub: 6, lang: 'nl' },
  { name: 'Liège', codes: ['4000', '4020', '4030'], area: '4', sub: 7, lang: 'fr' },
  { name: 'Namur', codes: ['5000', '5001', '5002', '5100'], area: '81', sub: 6, lang: 'fr' },
  { name: 'Charleroi', codes: ['6000', '6001', '6010', '6020'], area: '71', sub: 6, lang: 'fr' },
  { name: 'Mons', codes: ['7000', '7011', '7020'], area: '65', sub: 6, lang: 'fr' },
  { name: 'Tournai', codes: ['7500', '7520'], area: '69', sub: 6, lang: 'fr' },
  { name: 'Wavre', codes: ['1300', '1301'], area: '10', sub: 6, lang: 'fr' },
  { name: 'Louvain-la-Neuve', codes: ['1348'], area: '10', sub: 6, lang: 'fr' },
  { name: 'Arlon', codes: ['6700'], area: '63', sub: 6, lang: 'fr' },
];

const citiesDe: readonly City[] = [
  { name: 'Berlin', range: [10115, 14199], area: '30', sub: 8 },
  { name: 'Hamburg', range: [20095, 22769], area: '40', sub: 8 },
  { name: 'München', range: [80331, 81929], area: '89', sub: 8 },
  { name: 'Köln', range: [50667, 51149], area: '221', sub: 7 },
  { name: 'Frankfurt am Main', range: [60306, 60599], area: '69', sub: 8 },
  { name: 'Düsseldorf', range: [40210, 40629], area: '211', sub: 7 },
  { name: 'Stuttgart', range: [70173, 70619], area: '711', sub: 7 },
  { name: 'Leipzig', range: [4103, 4357], area: '341', sub: 7 },
  { name: 'Dresden', range: [1067, 1328], area: '351', sub: 7 },
  { name: 'Nürnberg', range: [90402, 90491], area: '911', sub: 7 },
  { name: 'Münster', range: [48143, 48167], area: '251', sub: 7 },
  { name: 'Bremen', range: [28195, 28779], area: '421', sub: 7 },
  { name: 'Essen', range: [45127, 45359], area: '201', sub: 7 },
  { name: 'Aachen', range: [52062, 52080], area: '241', sub: 7 },
  { name: 'Würzburg', range: [97070, 97084], area: '931', sub: 7 },
  { name: 'Lübeck', range: [23552, 23570], area: '451', sub: 7 },
  { name: 'Freiburg im Breisgau', range: [79098, 79117], area: '761', sub: 7 },
];

const arr = (lo: number, hi: number, f: (n: number) => string): string[] =>
  Array.from({ length: hi - lo + 1 }, (_, i) => f(lo + i));
const p2 = (n: number): string => String(n).padStart(2, '0');

const citiesFr: readonly City[] = [
  { name: 'Paris', codes: arr(1, 20, (n) => `750${p2(n)}`), area: '1', sub: 8 },
  { name: 'Lyon', codes: arr(1, 9, (n) => `6900${n}`), area: '4', sub: 8 },
  { name: 'Marseille', codes: arr(1, 16, (n) => `130${p2(n)}`), area: '4', sub: 8 },
  { name: 'Lille', codes: ['59000', '59800'], area: '3', sub: 8 },
  { name: 'Strasbourg', codes: ['67000', '67100', '67200'], area: '3', sub: 8 },
  { name: 'Bordeaux', codes: ['33000', '33100', '33200', '33300', '33800'], area: '5', sub: 8 },
  { name: 'Toulouse', codes: ['31000', '31100', '31200', '31300', '31400', '31500'], area: '5', sub: 8 },
  { name: 'Nantes', codes: ['44000', '44100', '44200', '44300'], area: '2', sub: 8 },
  { name: 'Nice', codes: ['06000', '06100', '06200', '06300'], area: '4', sub: 8 },
  { name: 'Rennes', codes: ['35000', '35200', '35700'], area: '2', sub: 8 },
  { name: 'Montpellier', codes: ['34000', '34070', '34080', '34090'], area: '4', sub: 8 },
  { name: 'Reims', codes: ['51100'], area: '3', sub: 8 },
  { name: 'Rouen', codes: ['76000', '76100'], area: '2', sub: 8 },
  { name: 'Saint-Étienne', codes: ['42000', '42100'], area: '4', sub: 8 },
  { name: 'Orléans', codes: ['45000', '45100'], area: '2', sub: 8 },
  { name: 'Besançon', codes: ['25000'], area: '3', sub: 8 },
];

type People = { first: readonly string[]; last: readonly string[] };

// Surnames include the immigrant names every Dutch, Belgian and German customer file has, so the fonts and the
// e-mail transliteration get exercised on Turkish and Polish letters too.
const people: Record<'NL' | 'BEnl' | 'BEfr' | 'DE' | 'FR', People> = {
  NL: {
    first: ['Zoë', 'Daan', 'Sanne', 'Noël', 'Chloë', 'Anaïs', 'Bram', 'Femke', 'Joëlle', 'Thijs', 'Lotte', 'Sem',
      'Eline', 'Ruben', 'Niels', 'Inge', 'Maaike', 'Jeroen', 'Ilse', 'Mehmet', 'Fatma', 'Riëtte', 'Gijs', 'Anouk'],
    last: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk', 'Mulder',
      'de Boer', 'Meijer', 'Bos', 'van Leeuwen', 'Dekker', 'Çelik', 'Yılmaz', 'Öztürk', 'Kowalski', 'Hoekstra',
      'van der Meer', "in 't Veld", 'Brouwer'],
  },
  BEnl: {
    first: ['Lien', 'Wout', 'Jens', 'Ann', 'Bart', 'Stijn', 'Ellen', 'Koen', 'Griet', 'Liesbeth', 'Wim', 'Joke',
      'Seppe', 'Febe', 'Ine', 'Jozef', 'Noë', 'Zoë'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'De Smet', 'Goossens', 'Vermeulen', 'Van Damme',
      'Mertens', 'Willems', 'Jacobs', 'Vandenbroucke', 'De Backer', 'Şahin', 'Verhaeghe'],
  },
  BEfr: {
    first: ['Léonie', 'Gaëlle', 'Hélène', 'Benoît', 'François', 'Jérôme', 'Stéphane', 'Amélie', 'Loïc', 'Cédric',
      'Noémie', 'Maëlle', 'Aurélien', 'Célestine', 'Thérèse'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Lefèvre', 'Leclercq', 'Renard', 'Fontaine', 'Wéry', 'Dumont',
      'Lemaître', 'Noël', 'Delvaux'],
  },
  DE: {
    first: ['Jürgen', 'Jörg', 'Björn', 'Günther', 'Sören', 'Käthe', 'Jörn', 'Özlem', 'Lukas', 'Anna', 'Lea',
      'Maximilian', 'Sophie', 'Jan', 'Ulrike', 'Małgorzata', 'Bärbel', 'Henrik'],
    last: ['Müller', 'Schröder', 'Groß', 'Weiß', 'Köhler', 'Schäfer', 'Krüger', 'Hoffmann', 'Schmidt', 'Wagner',
      'Jäger', 'Böhm', 'Nowak', 'Wójcik', 'Dąbrowski', 'Zieliński', 'Yılmaz', 'Çelik', 'Şahin', 'Öztürk'],
  },
  FR: {
    first: ['Élodie', 'Clément', 'Théo', 'Inès', 'Maëlle', 'Noël', 'Céline', 'Raphaël', 'Zoé', 'Jérémy', 'Anaïs',
      'François', 'Hélène', 'Aurélie'],
    last: ['Lefèvre', 'Mercier', 'Girard', 'Bérenger', 'Rousseau', 'Fournier', 'Lemaître', 'Faure', 'Chevalier',
      'Garnier', 'Benoît', 'Ménard', 'Lefèbvre', 'Dubreuil'],
  },
};

const streets: Record<'NL' | 'BEnl' | 'BEfr' | 'DE' | 'FR', readonly string[]> = {
  NL: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenstraat', 'Industrieweg', 'Prinsengracht', 'Keizersgracht',
    'Nieuwe Binnenweg', 'Oudegracht', 'Hoofdstraat', 'Marktplein', 'Schoolstraat', 'Julianalaan', 'Beatrixstraat',
    'Wilhelminastraat', 'Veemarkt', 'Havenstraat', 'Parallelweg', 'Händelstraat', 'Coöperatieweg'],
  BEnl: ['Kerkstraat', 'Stationsstraat', 'Meir', 'Veldstraat', 'Grote Markt', 'Nieuwstraat', 'Kortrijksesteenweg',
    'Brusselsesteenweg', 'Diestsestraat', 'Lange Kievitstraat', 'Bondgenotenlaan', 'Steenhouwersvest'],
  BEfr: ['Rue de la Loi', 'Avenue Louise', 'Chaussée de Charleroi', 'Rue Haute', 'Place Saint-Lambert',
    'Rue des Guillemins', "Boulevard d'Avroy", 'Rue de Fer', 'Grand-Place', 'Rue Lesbroussart', 'Rue de Bruxelles',
    'Chaussée de Louvain'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Königsallee', 'Lindenstraße',
    'Gartenstraße', 'Friedrichstraße', 'Am Markt', 'Mühlenweg', 'Kölner Straße', 'Schloßstraße', 'Industriestraße',
    'Ringstraße', 'Am Hafen', 'Gewerbepark Süd'],
  FR: ['rue de Rivoli', 'avenue Jean Jaurès', 'boulevard Haussmann', 'rue de la République', 'place du Marché',
    'rue Victor Hugo', 'avenue de la Gare', 'rue des Écoles', 'chemin des Vignes', 'quai Saint-Étienne',
    'rue du Faubourg Saint-Honoré', 'allée des Tilleuls'],
};

const tradesNl = ['Bakkerij', 'Slagerij', 'Kapsalon', 'Schildersbedrijf', 'Installatiebedrijf', 'Hoveniersbedrijf',
  'Drukkerij', 'Fietsenwinkel', 'Bloemenhuis', 'Loodgietersbedrijf', 'Timmerbedrijf', 'Rijschool'];
const sectorsNl = ['Bouw', 'Transport', 'Installatietechniek', 'Logistiek', 'Techniek', 'Metaalbewerking',
  'Houthandel', 'Schoonmaak', 'Advies', 'ICT', 'Vastgoed', 'Catering'];
const fixedNl = ["Café 't Hoekje", 'De Vier Gebroeders', 'Eetcafé De Zwaan', 'Molen De Hoop', 'Zonnebloem Kinderopvang',
  'Het Gouden Hoofd', 'Noorderlicht Evenementen', 'Tandartspraktijk Oranjeplein', 'Hotel De Prins'];
const fixedBeNl = ["Frituur 't Pleintje", 'Brouwerij De Kroon', 'Café Den Engel', 'Taverne De Molen', 'Drukkerij Het Anker',
  "Bakkerij 't Hoekske", 'Garage Centrum'];
const tradesBeNl = ['Bakkerij', 'Beenhouwerij', 'Schrijnwerkerij', 'Dakwerken', 'Elektriciteit', 'Sanitair',
  'Bloemen', 'Kapsalon', 'Tuinaanleg'];
const tradesFr = ['Boulangerie', 'Boucherie', 'Menuiserie', 'Garage', 'Imprimerie', 'Librairie', 'Pâtisserie',
  'Brasserie', 'Toiture', 'Électricité', 'Fleurs', 'Pharmacie'];
const sectorsFr = ['Transports', 'Construction', 'Nettoyage', 'Informatique', 'Conseil', 'Logistique', 'Rénovation'];
const fixedBeFr = ['Brasserie du Parc', 'Le Petit Château', 'Café de la Gare', 'Hôtel du Marché', 'Chez Mémé'];
const fixedFr = ['Café de la Gare', 'Hôtel du Marché', 'La Belle Époque', 'Les Délices de Noël', 'Au Bon Pain Doré'];
const tradesDe = ['Bäckerei', 'Metzgerei', 'Tischlerei', 'Elektro', 'Sanitär', 'Malerbetrieb', 'Autohaus',
  'Blumen', 'Dachdeckerei', 'Gärtnerei', 'Druckerei', 'Fahrschule'];
const sectorsDe = ['Bau', 'Logistik', 'Haustechnik', 'Metallbau', 'Gebäudereinigung', 'Immobilien', 'Maschinenbau',
  'Holzhandel', 'Beratung', 'Systemhaus'];
const importCities = ['Łódź', 'Kraków', 'Gdańsk', 'Poznań', 'İzmir', 'Plzeň', 'Wrocław'];

const accountManagers = ['Sanne de Wit', 'Pieter Claes', 'Jürgen Weiß', 'Amélie Dubois', 'Mark Janssen'];

const descriptions: Record<Lang, readonly string[]> = {
  nl: ['Betaalt meestal na de eerste herinnering.', 'Graag eerst bellen voor een aanmaning.', 'Vaste klant sinds 2015.',
    'Facturen via de inkoopafdeling.', 'Let op: inkoopordernummer op elke factuur.'],
  de: ['Zahlt meist nach der ersten Erinnerung.', 'Vor einer Mahnung bitte anrufen.', 'Stammkunde seit 2012.',
    'Rechnungen nur mit Bestellnummer.', 'Ansprechpartnerin ist Frau Köhler.'],
  fr: ['Paie généralement après le premier rappel.', "Appeler avant d'envoyer une mise en demeure.",
    'Client fidèle depuis 2016.', 'Factures via le service achats.', 'Toujours mentionner le numéro de commande.'],
};

const consumerMail: Record<Country, readonly string[]> = {
  NL: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'xs4all.nl'],
  BE: ['gmail.com', 'telenet.be', 'skynet.be', 'proximus.be', 'hotmail.com'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'outlook.de'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
};

const businessMailbox: Record<Lang, readonly string[]> = {
  nl: ['info', 'info', 'administratie', 'boekhouding', 'facturen'],
  de: ['info', 'info', 'buchhaltung', 'rechnung', 'kontakt'],
  fr: ['info', 'contact', 'comptabilite', 'factures', 'compta'],
};

const tld: Record<Country, string> = { NL: 'nl', BE: 'be', DE: 'de', FR: 'fr' };

// ---------------------------------------------------------------------------------------------------------------
// E-mail local parts and domains: ASCII only, because not every mail server accepts SMTPUTF8.

const translitGerman: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
// Letters NFD does not decompose into base letter + combining mark.
const translitSpecial: Record<string, string> = { ß: 'ss', ł: 'l', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };

/** German umlauts become ae/oe/ue only in German names (Müller → mueller); elsewhere Öztürk → ozturk, Zoë → zoe. */
function slug(text: string, german: boolean, sep: string): string {
  let s = text.toLowerCase();
  if (german) s = s.replace(/[äöüß]/g, (c) => translitGerman[c] ?? c);
  s = s
    .replace(/[łıøæœđß]/g, (c) => translitSpecial[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, sep);
  // Leading and trailing separators would make an invalid local part or domain label.
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === sep) a++;
  while (b > a && s[b - 1] === sep) b--;
  return s.slice(a, b);
}

// ---------------------------------------------------------------------------------------------------------------
// Customers

type NameParts = { base: string; form: string };

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function businessName(rng: Rng, country: Country, lang: Lang, who: People): NameParts {
  const first = pick(rng, who.first);
  const last = pick(rng, who.last);
  const last2 = pick(rng, who.last);
  const r = rng();
  if (country === 'NL') {
    if (r < 0.3) return { base: `${pick(rng, tradesNl)} ${first} ${last}`, form: '' };
    if (r < 0.6) return { base: `${cap(last)} ${pick(rng, sectorsNl)}`, form: pick(rng, ['BV', 'BV', 'B.V.']) };
    if (r < 0.72) return { base: `${cap(last)} & Zonen`, form: pick(rng, ['BV', 'VOF']) };
    if (r < 0.82) return { base: `${cap(last)} & ${cap(last2)}`, form: 'VOF' };
    if (r < 0.9) return { base: `${cap(last)} Holding`, form: 'B.V.' };
    return { base: pick(rng, fixedNl), form: rng() < 0.5 ? 'BV' : '' };
  }
  if (country === 'BE' && lang === 'nl') {
    if (r < 0.35) return { base: `${pick(rng, tradesBeNl)} ${last}`, form: pick(rng, ['BV', 'BV', 'BVBA', '']) };
    if (r < 0.6) return { base: `${cap(last)} ${pick(rng, sectorsNl)}`, form: pick(rng, ['BV', 'NV']) };
    if (r < 0.75) return { base: `${cap(last)} & Zonen`, form: pick(rng, ['NV', 'BV', 'CommV']) };
    if (r < 0.85) return { base: `${cap(last)}-${cap(last2)}`, form: 'BV' };
    return { base: pick(rng, fixedBeNl), form: pick(rng, ['BV', '']) };
  }
  if (country === 'BE') {
    if (r < 0.3) return { base: `${pick(rng, tradesFr)} ${first}`, form: pick(rng, ['SPRL', 'SRL', 'SRL']) };
    if (r < 0.55) return { base: `${pick(rng, tradesFr)} ${last}`, form: pick(rng, ['SRL', 'SA', '']) };
    if (r < 0.75) return { base: `${last} & Fils`, form: pick(rng, ['SA', 'SRL']) };
    if (r < 0.88) return { base: `${last} ${pick(rng, sectorsFr)}`, form: pick(rng, ['SA', 'SRL', 'SCRL']) };
    return { base: pick(rng, fixedBeFr), form: pick(rng, ['SPRL', 'SRL', '']) };
  }
  if (country === 'DE') {
    if (r < 0.2) return { base: `${last} & Söhne`, form: pick(rng, ['GmbH', 'GmbH', 'KG']) };
    if (r < 0.45) return { base: `${last} ${pick(rng, sectorsDe)}`, form: pick(rng, ['GmbH', 'GmbH', 'AG', 'UG']) };
    if (r < 0.7) return { base: `${pick(rng, tradesDe)} ${last}`, form: pick(rng, ['e.K.', 'GmbH', 'GmbH']) };
    if (r < 0.82) return { base: `${last} & ${last2}`, form: 'GmbH & Co. KG' };
    if (r < 0.92) return { base: `${pick(rng, importCities)} Import`, form: 'GmbH' };
    // Always with a form: an unregistered small trader would have no Handelsregister number to show.
    return { base: `${pick(rng, tradesDe)} ${first} ${last}`, form: 'e.K.' };
  }
  if (r < 0.25) return { base: `${last} et Fils`, form: pick(rng, ['SARL', 'SAS']) };
  if (r < 0.5) return { base: `${pick(rng, tradesFr)} ${first} ${last}`, form: pick(rng, ['', 'EURL']) };
  if (r < 0.75) return { base: `${last} ${pick(rng, sectorsFr)}`, form: pick(rng, ['SAS', 'SARL', 'SA']) };
  if (r < 0.88) return { base: `${pick(rng, tradesFr)} ${last}`, form: pick(rng, ['SARL', 'EURL']) };
  return { base: pick(rng, fixedFr), form: pick(rng, ['SARL', '']) };
}

function postcode(rng: Rng, country: Country, city: City): string {
  if (city.codes) return pick(rng, city.codes);
  const [lo, hi] = city.range ?? [1000, 9999];
  const n = int(rng, lo, hi);
  if (country === 'NL') {
    // Letters F, I, O, Q, U, Y and the pairs SA, SD, SS are never issued.
    const letters = 'ABCDEGHJKLMNPRSTVWXZ';
    const a = letters.charAt(Math.floor(rng() * letters.length));
    let b = letters.charAt(Math.floor(rng() * letters.length));
    if (a === 'S' && (b === 'A' || b === 'D' || b === 'S')) b = 'T';
    return `${n} ${a}${b}`;
  }
  return String(n).padStart(5, '0');
}

function houseNumber(rng: Rng, country: Country): string {
  const n = rng() < 0.7 ? int(rng, 1, 80) : int(rng, 81, 450);
  const r = rng();
  if (country === 'NL') return r < 0.1 ? `${n}a` : r < 0.15 ? `${n}-2` : r < 0.18 ? `${n} hs` : String(n);
  if (country === 'BE') return r < 0.12 ? `${n} bus ${int(rng, 1, 12)}` : String(n);
  if (country === 'DE') return r < 0.1 ? `${n}a` : r < 0.14 ? `${n}-${n + 2}` : String(n);
  return r < 0.08 ? `${n} bis` : String(n);
}

const countryCode: Record<Country, string> = { NL: '31', BE: '32', DE: '49', FR: '33' };

function phone(rng: Rng, country: Country, city: City, mobileShare: number): string {
  const cc = countryCode[country];
  if (rng() < mobileShare) {
    if (country === 'NL') return `+${cc}6${digitsNoLead(rng, 8)}`;
    if (country === 'BE') return `+${cc}4${int(rng, 7, 9)}${digits(rng, 7)}`;
    if (country === 'DE') {
      return rng() < 0.5 ? `+${cc}17${digits(rng, 8)}` : `+${cc}15${pick(rng, ['1', '2', '7', '9'])}${digits(rng, 8)}`;
    }
    return `+${cc}${int(rng, 6, 7)}${digitsNoLead(rng, 8)}`;
  }
  return `+${cc}${city.area}${digitsNoLead(rng, city.sub)}`;
}

/** SIREN with its Luhn check digit, and the French VAT key derived from it, so both look real to a validator. */
function siren(rng: Rng): string {
  const body = digitsNoLead(rng, 8);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    // Luhn doubles every second digit counted from the check digit, i.e. odd indexes of the 8-digit body.
    let d = body.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

const frVat = (sirenNumber: string): string => `FR${p2((12 + 3 * (Number(sirenNumber) % 97)) % 97)}${sirenNumber}`;

function nlVat(rng: Rng): string {
  // About one base in eleven has no 9th digit that satisfies the 11-test.
  for (;;) {
    const vat = completeNlVat(digits(rng, 8));
    if (vat !== null) return vat;
  }
}

export function demoCustomers(count: number, seed = 1): DemoCustomer[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer: ${count}`);
  const rng = mulberry32(seed);
  const out: DemoCustomer[] = new Array<DemoCustomer>(count);
  for (let i = 0; i < count; i++) {
    const cr = rng();
    const country: Country = cr < 0.4 ? 'NL' : cr < 0.65 ? 'BE' : cr < 0.9 ? 'DE' : 'FR';
    const city = pick(rng, country === 'NL' ? citiesNl : country === 'BE' ? citiesBe : country === 'DE' ? citiesDe : citiesFr);
    const lang: Lang =
      country === 'NL' ? 'nl' : country === 'DE' ? 'de' : country === 'FR' ? 'fr'
      : city.lang === 'nl' ? 'nl' : city.lang === 'fr' ? 'fr' : rng() < 0.7 ? 'fr' : 'nl';
    const key = country === 'BE' ? (lang === 'nl' ? 'BEnl' : 'BEfr') : country;
    const who = people[key];
    const business = rng() < 0.8;
    const german = country === 'DE';

    let name: string;
    let email: string;
    if (business) {
      const n = businessName(rng, country, lang, who);
      name = n.form ? `${n.base} ${n.form}` : n.base;
      email = `${pick(rng, businessMailbox[lang])}@${slug(n.base, german, '-')}.${tld[country]}`;
    } else {
      const first = pick(rng, who.first);
      const last = pick(rng, who.last);
      name = `${first} ${last}`;
      const suffix = rng() < 0.3 ? String(int(rng, 60, 99)) : '';
      email = `${slug(first, german, '')}.${slug(last, german, '')}${suffix}@${pick(rng, consumerMail[country])}`;
    }

    const streetName = pick(rng, streets[key]);
    const no = houseNumber(rng, country);
    const street = country === 'FR' ? `${no} ${streetName}` : `${streetName} ${no}`;
    const pc = postcode(rng, country, city);
    const cityName = lang === 'nl' && city.nameNl ? city.nameNl : city.name;

    let vatNumber = '';
    let cocNumber = '';
    if (business) {
      if (country === 'NL') {
        vatNumber = nlVat(rng);
        cocNumber = digitsNoLead(rng, 8);
      } else if (country === 'BE') {
        // Enterprise numbers starting with 1 are issued since the 0-range ran out; most firms still have a 0.
        const first8 = rng() < 0.85 ? `0${int(rng, 2, 9)}${digits(rng, 6)}` : `1${digits(rng, 7)}`;
        vatNumber = completeBeVat(first8);
        const d = vatNumber.slice(2);
        cocNumber = `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
      } else if (country === 'DE') {
        vatNumber = completeDeVat(digitsNoLead(rng, 8));
        // Sole traders (e.K.) and partnerships (KG) are registered in section A, companies in section B.
        const section = name.endsWith('e.K.') || name.endsWith(' KG') ? 'HRA' : 'HRB';
        cocNumber = `${section} ${int(rng, 1000, 299999)}`;
      } else {
        cocNumber = siren(rng);
        vatNumber = frVat(cocNumber);
      }
    }

    const creditLimitCents = business
      ? rng() < 0.85 ? int(rng, 50, 500) * 10_000 : null
      : rng() < 0.4 ? int(rng, 5, 50) * 10_000 : null;

    out[i] = {
      number: `K${10001 + i}`,
      name,
      language: lang,
      country,
      kind: business ? 'business' : 'consumer',
      vatNumber,
      cocNumber,
      street,
      postcode: pc,
      city: cityName,
      email,
      phone: phone(rng, country, city, business ? 0.25 : 0.75),
      paymentTermsDays: pick(rng, [14, 30, 30, 30, 60]),
      creditLimitCents,
      accountManager: pick(rng, accountManagers),
      description: rng() < 0.25 ? pick(rng, descriptions[lang]) : '',
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Invoices

/** Issue dates fall in [today - ISSUE_SPAN + 1, today]. */
const ISSUE_SPAN = 400;
const MAX_TERMS = 30;

/** Cumulative share, lowest and highest amount in cents: many small invoices, few large ones. */
const AMOUNT_BANDS: readonly (readonly [upTo: number, lo: number, hi: number])[] = [
  [0.3, 2_500, 10_000],
  [0.6, 10_000, 50_000],
  [0.82, 50_000, 200_000],
  [0.94, 200_000, 800_000],
  [1, 800_000, 2_500_000],
];

export function demoInvoices(
  customerNumbers: string[],
  perCustomer: number | ((i: number) => number),
  today: string,
  seed = 1,
): DemoInvoice[] {
  const rng = mulberry32(seed);

  const counts = new Array<number>(customerNumbers.length);
  let total = 0;
  for (let i = 0; i < customerNumbers.length; i++) {
    const c = typeof perCustomer === 'number' ? perCustomer : perCustomer(i);
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`invoice count for customer ${i} is not a non-negative integer: ${c}`);
    counts[i] = c;
    total += c;
  }

  // Formatting ~430 distinct days once instead of two dates per row is what keeps 200k rows far below a second.
  const firstDay = addDays(today, -ISSUE_SPAN + 1);
  const dayStr = new Array<string>(ISSUE_SPAN + MAX_TERMS);
  for (let d = 0; d < dayStr.length; d++) dayStr[d] = addDays(firstDay, d);
  const yearPrefix = dayStr.map((s) => s.slice(0, 5));

  // Issue days are drawn first so the rows can be laid out in issue-date order (a counting sort over 400 days,
  // O(n)) and numbered in that order, as a real invoicing system would; every other field is drawn while its row
  // is built, so no column per field has to be kept.
  const cust = new Int32Array(total);
  const issue = new Int16Array(total);
  const next = new Int32Array(ISSUE_SPAN + 1);
  let k = 0;
  for (let i = 0; i < customerNumbers.length; i++) {
    const n = counts[i] ?? 0;
    for (let j = 0; j < n; j++, k++) {
      const d = Math.floor(rng() * ISSUE_SPAN);
      cust[k] = i;
      issue[k] = d;
      next[d + 1] = (next[d + 1] ?? 0) + 1;
    }
  }
  for (let d = 1; d <= ISSUE_SPAN; d++) next[d] = (next[d] ?? 0) + (next[d - 1] ?? 0);
  const order = new Int32Array(total);
  for (let r = 0; r < total; r++) {
    const d = issue[r] ?? 0;
    const pos = next[d] ?? 0;
    order[pos] = r;
    next[d] = pos + 1;
  }

  const out = new Array<DemoInvoice>(total);
  // Zero-padded sequence numbers are shared between the years: one string allocation fewer per row, and the
  // garbage collector is most of the cost at this size.
  const seqText: string[] = [];
  let year = '';
  let seq = 0;
  for (let q = 0; q < total; q++) {
    const r = order[q] ?? 0;
    const idx = issue[r] ?? 0;
    const y = yearPrefix[idx] ?? '';
    // The sequence restarts every calendar year, like real invoice numbering; year + sequence stays unique.
    if (y !== year) {
      year = y;
      seq = 0;
    }
    seq++;
    let seqStr = seqText[seq - 1];
    if (seqStr === undefined) {
      seqStr = seq < 1_000_000 ? String(seq).padStart(6, '0') : String(seq);
      seqText.push(seqStr);
    }

    const t = rng() < 0.7 ? 30 : 14;

    // Banded uniform instead of a log-normal: integer maths keeps the output identical in every engine.
    const b = rng();
    let band = 0;
    while (band < AMOUNT_BANDS.length - 1 && b >= AMOUNT_BANDS[band]![0]) band++;
    const lo = AMOUNT_BANDS[band]![1];
    const hi = AMOUNT_BANDS[band]![2];
    let a = lo + Math.floor(rng() * (hi - lo + 1));
    // Many invoices are for whole euros (a fixed fee, a round quantity).
    if (rng() < 0.3) a = Math.min(hi, Math.max(lo, Math.round(a / 100) * 100));

    const overdueDays = ISSUE_SPAN - 1 - (idx + t);
    const pPaid = overdueDays <= 0 ? 0.03 : overdueDays <= 30 ? 0.35 : overdueDays <= 90 ? 0.7 : 0.9;
    const s = rng();
    let o = a;
    if (s < pPaid) o = 0;
    else if (s < pPaid + (1 - pPaid) * 0.12) {
      // Partly paid: 20–80% left, at least 1.00 paid and 1.00 open (amounts start at 25.00).
      o = Math.min(a - 100, Math.max(100, Math.floor((a * int(rng, 20, 80)) / 100)));
    }

    out[q] = {
      number: y + seqStr,
      customerNumber: customerNumbers[cust[r] ?? 0] ?? '',
      issueDate: dayStr[idx] ?? '',
      dueDate: dayStr[idx + t] ?? '',
      currency: 'EUR',
      amountCents: a,
      openCents: o,
    };
  }
  return out;
}
