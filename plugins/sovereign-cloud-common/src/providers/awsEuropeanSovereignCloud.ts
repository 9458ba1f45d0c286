import { awsDetection } from './aws';
import {
  fact,
  location,
  providerEntity,
  unknown,
  unknownProvisioning,
} from './build';
import { REFERENCE, S } from './sources';

const GENERAL_KNOWLEDGE = 'General knowledge; not verified in the research.';

/** AWS European Sovereign Cloud. Facts: sovereignty research §3.3/§3.4. */
export const awsEuropeanSovereignCloud = providerEntity(
  {
    name: 'aws-esc',
    title: 'AWS European Sovereign Cloud',
    description:
      'A separate AWS partition (aws-eusc, DNS suffix amazonaws.eu) with one region in Brandenburg, Germany, run by German companies of the Amazon group.',
    links: [{ url: S.AWS_ESC_WP.url, title: 'Whitepaper: design approach' }],
  },
  {
    type: 'sovereign-partition',
    legalEntity: unknown(
      'German GmbHs with EU-citizen managing directors and an EU-citizen advisory board (verified, design); their names are not in the sources.',
      [S.AWS_ESC_WP],
    ),
    hqCountry: fact('DE', 'verified', [S.AWS_ESC_WP], 'German GmbHs.'),
    parent: fact(
      { name: 'Amazon.com, Inc.', country: 'US', jurisdiction: 'non-eu' },
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    exposureClass: fact(
      'non-eu-parent-eu-structure',
      'unverified',
      [REFERENCE.exposureModel, S.AWS_ESC_WP, S.TOMATO, S.RACK2CLOUD],
      'Default SOV-2.2 answer 3 (SEAL-1); an operator may justify answer 4 (SEAL-2). Third parties call it "SEAL-2 class" (TOMATO) or stress that sovereignty is not immunity (RACK2CLOUD).',
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
        status: 'unknown',
        scope: 'AWS European Sovereign Cloud',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'The research found no certification for this partition.',
      },
      {
        scheme: 'iso-27001',
        status: 'unknown',
        scope: 'AWS European Sovereign Cloud',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'The research found no certification for this partition.',
      },
    ],
    locations: [
      location('eusc-de-east-1', 'DE', {
        city: 'Brandenburg',
        partition: 'aws-eusc',
        verification: 'verified',
        sources: [S.AWS_SDK_PART, S.AWS_ESC_WP],
        note: 'Described as "EU (Germany)" in the SDK partition data.',
      }),
    ],
    provisioning: [
      unknownProvisioning(
        'The provisioning research does not cover the aws-eusc partition; whether CAPA supports it is unverified.',
      ),
    ],
    detection: awsDetection,
    statements: [
      {
        topic: 'operations',
        value:
          'Own IAM, billing, DNS and certificate authority; EU-resident operations staff; generally available since 15 January 2026; EUR 7.8 bn investment planned to 2040.',
        verification: 'verified',
        sources: [S.AWS_ESC_WP, S.AWS_CUTTLE, S.AWS_TECHINF],
        note: 'As designed and described by AWS; third-party reports agree (secondary).',
      },
    ],
  },
);
