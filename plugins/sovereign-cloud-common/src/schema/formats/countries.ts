import {
  COUNTRY_CODE_HINTS,
  isIsoCountryCode,
} from '../../jurisdictions/countries';
import { describeValue } from '../describeValue';
import { conforms, textMatching } from '../text';

/** A country code or another accepted word, with a hint for the usual mistakes (UK, EL). */
function countryFormat(
  expected: string,
  accepts: (value: string) => boolean,
  pattern: RegExp,
) {
  return textMatching(expected, pattern).check(
    conforms(value => {
      if (accepts(value)) return undefined;
      const hint = COUNTRY_CODE_HINTS[value];
      return `must be ${expected}, got ${describeValue(value)}${
        hint ? ` (use ${hint})` : ''
      }`;
    }),
  );
}

/** An ISO 3166-1 alpha-2 code. */
export const countryCode = countryFormat(
  'an ISO 3166-1 alpha-2 country code like DE',
  isIsoCountryCode,
  /^[A-Z]{2}$/,
);

/** A jurisdiction in a policy: `EU`, `EEA` or a country code. */
export const jurisdiction = countryFormat(
  'EU, EEA or an ISO 3166-1 alpha-2 country code',
  value => value === 'EU' || value === 'EEA' || isIsoCountryCode(value),
  /^[A-Z]{2,3}$/,
);
