import { ANNOTATION_SOVEREIGN_CLOUD_CATALOGUE_VERSION } from '../annotations';
import {
  CloudProviderEntity,
  CloudProviderSpec,
  ProviderLocation,
  ProvisioningPath,
} from '../entities/CloudProvider';
import {
  CLOUD_PROVIDER_KIND,
  SOVEREIGN_CLOUD_API_VERSION,
} from '../entities/constants';
import { Fact, FactSource } from '../entities/facts';
import { Verification } from '../entities/vocabulary';
import { isEuEeaCountry } from '../jurisdictions/countries';
import { REFERENCE } from './sources';

/**
 * Version of the shipped provider catalogue: the date of the verification
 * pass of the research it was taken from.
 * @public
 */
export const PROVIDER_CATALOGUE_VERSION = '2026-11-23';

export function fact<T>(
  value: T | null,
  verification: Verification,
  sources: FactSource[],
  note?: string,
): Fact<T> {
  return note
    ? { value, verification, sources, note }
    : { value, verification, sources };
}

/** A fact the research does not give: value unknown, unverified, and why. */
export function unknown<T>(
  note: string,
  sources: FactSource[] = [REFERENCE.factSheet],
): Fact<T> {
  return { value: null, verification: 'unverified', sources, note };
}

/** A provisioning path the research does not record, with the reason in `note`. */
export function unknownProvisioning(note: string): ProvisioningPath {
  return {
    method: 'unknown',
    verification: 'unverified',
    sources: [REFERENCE.provisioning],
    note,
  };
}

type LocationDetails = Omit<ProviderLocation, 'id' | 'country' | 'euEea'>;

/** A location; EU/EEA membership is derived from the country, never typed by hand. */
export function location(
  id: string,
  country: string,
  details: LocationDetails,
): ProviderLocation {
  return { id, country, euEea: isEuEeaCountry(country), ...details };
}

export interface ProviderMetadata {
  name: string;
  title: string;
  description: string;
  links?: { url: string; title: string }[];
}

export function providerEntity(
  metadata: ProviderMetadata,
  spec: Omit<CloudProviderSpec, 'reviewedAt'>,
): CloudProviderEntity {
  return {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: CLOUD_PROVIDER_KIND,
    metadata: {
      ...metadata,
      annotations: {
        [ANNOTATION_SOVEREIGN_CLOUD_CATALOGUE_VERSION]:
          PROVIDER_CATALOGUE_VERSION,
      },
    },
    spec: { ...spec, reviewedAt: PROVIDER_CATALOGUE_VERSION },
  };
}
