/*
 * Country facts the entity formats rely on. EU/EEA membership drives the
 * data-residency criterion (SOV-3.4): the UK and Switzerland are outside it,
 * Norway, Iceland and Liechtenstein are inside through the EEA.
 */

// ISO 3166-1 alpha-2, officially assigned codes.
const ISO_3166_ALPHA_2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * The 27 member states of the European Union (ISO 3166-1 alpha-2).
 * @public
 */
export const EU_MEMBER_STATES: readonly string[] = Object.freeze(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(
    ' ',
  ),
);

/**
 * The countries of the European Economic Area: the EU plus Iceland, Liechtenstein and Norway.
 * @public
 */
export const EEA_COUNTRIES: readonly string[] = Object.freeze([
  ...EU_MEMBER_STATES,
  'IS',
  'LI',
  'NO',
]);

const EEA = new Set(EEA_COUNTRIES);

/**
 * True for an officially assigned ISO 3166-1 alpha-2 code (upper case), e.g. `DE`, `GB`.
 * @public
 */
export function isIsoCountryCode(code: string): boolean {
  return ISO_3166_ALPHA_2.has(code);
}

/**
 * True when the country is in the EU or the EEA (where the GDPR applies directly).
 * @public
 */
export function isEuEeaCountry(code: string): boolean {
  return EEA.has(code);
}

/** Common mistakes and the code meant. */
export const COUNTRY_CODE_HINTS: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
};

/** Number of assigned codes, exposed for a sanity test. */
export const ISO_3166_ALPHA_2_COUNT = ISO_3166_ALPHA_2.size;
