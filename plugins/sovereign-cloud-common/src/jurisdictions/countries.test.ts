import {
  EEA_COUNTRIES,
  EU_MEMBER_STATES,
  isEuEeaCountry,
  isIsoCountryCode,
  ISO_3166_ALPHA_2_COUNT,
} from './countries';

describe('countries', () => {
  it('knows the assigned ISO 3166-1 alpha-2 codes', () => {
    expect(ISO_3166_ALPHA_2_COUNT).toBe(249);
    expect(isIsoCountryCode('GB')).toBe(true);
    expect(isIsoCountryCode('UK')).toBe(false);
    expect(isIsoCountryCode('de')).toBe(false);
  });

  it('knows the EU and the EEA', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(EU_MEMBER_STATES.every(isIsoCountryCode)).toBe(true);
    expect(['DE', 'FR', 'NO', 'IS', 'LI'].every(isEuEeaCountry)).toBe(true);
    expect(['GB', 'CH', 'US'].some(isEuEeaCountry)).toBe(false);
  });
});
