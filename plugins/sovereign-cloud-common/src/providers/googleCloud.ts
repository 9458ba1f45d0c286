import { fact, location, providerEntity, unknownProvisioning } from './build';
import { REFERENCE, S } from './sources';

const GENERAL_KNOWLEDGE = 'General knowledge; not verified in the research.';

const region = (id: string, country: string, city: string) =>
  location(id, country, {
    city,
    verification: 'verified',
    sources: [S.GCP_REGIONS],
  });

/** Google Cloud (European regions). Facts: sovereignty research §3.3/§3.4. */
export const googleCloud = providerEntity(
  {
    name: 'google-cloud',
    title: 'Google Cloud',
    description:
      'Google Cloud. Only the European regions listed in the research are included; add others by override.',
    links: [{ url: S.GCP_REGIONS.url, title: 'Google Cloud locations' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'Google LLC',
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    hqCountry: fact(
      'US',
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    parent: fact(
      { name: 'Alphabet Inc.', country: 'US', jurisdiction: 'non-eu' },
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    exposureClass: fact(
      'non-eu-parent',
      'unverified',
      [REFERENCE.exposureModel, S.CLOUDACT],
      'US parent (unverified). The separate S3NS PREMI3NS offering counts as verified-immunity.',
    ),
    nonEuPresence: fact(
      ['US'],
      'unverified',
      [REFERENCE.factSheet],
      'US parent.',
    ),
    certifications: [
      {
        scheme: 'bsi-c5',
        status: 'held',
        scope: 'Google Cloud (scope not read)',
        verification: 'secondary',
        sources: [S.GCP_TRUST],
        note: "Listed among Google's compliance offerings.",
      },
      {
        scheme: 'iso-27001',
        status: 'unknown',
        scope: 'Google Cloud',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'Not in the stored sources.',
      },
    ],
    locations: [
      region('europe-west3', 'DE', 'Frankfurt'),
      region('europe-west10', 'DE', 'Berlin'),
      region('europe-west1', 'BE', 'Saint-Ghislain'),
      region('europe-west4', 'NL', 'Eemshaven'),
      region('europe-west9', 'FR', 'Paris'),
      region('europe-west8', 'IT', 'Milan'),
      region('europe-west12', 'IT', 'Turin'),
      region('europe-southwest1', 'ES', 'Madrid'),
      region('europe-central2', 'PL', 'Warsaw'),
      region('europe-north1', 'FI', 'Hamina'),
      region('europe-north2', 'SE', 'Stockholm'),
      region('europe-west2', 'GB', 'London'),
      region('europe-west6', 'CH', 'Zurich'),
    ],
    provisioning: [
      unknownProvisioning(
        'The provisioning research records no Cluster API or Crossplane path for Google Cloud.',
      ),
    ],
    detection: {
      providerIdPrefixes: fact(['gce://'], 'secondary', [S.MOGENIUS]),
      nodeLabelKeys: fact(['cloud.google.com/gke-'], 'secondary', [S.MOGENIUS]),
    },
    statements: [
      {
        topic: 'partner-offering',
        value:
          'S3NS (Thales-controlled, Google technology): PREMI3NS is SecNumCloud 3.2 qualified since 17 December 2025.',
        verification: 'secondary',
        sources: [S.SNC_S3NS],
      },
    ],
  },
);
