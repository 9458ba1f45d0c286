import { fact, location, providerEntity, unknownProvisioning } from './build';
import { REFERENCE, S } from './sources';

const GENERAL_KNOWLEDGE = 'General knowledge; not verified in the research.';
const COMPLIANCE_NOTE =
  'Listed among the Azure compliance offerings; attestation type and service scope not read; the list page is dated 2020.';

const region = (id: string, country: string, city?: string) =>
  location(id, country, {
    ...(city ? { city } : {}),
    verification: 'verified',
    sources: [S.AZ_REGIONS, S.AZ_REGIONS_SRC],
  });

/** Microsoft Azure (European regions). Facts: sovereignty research §3.3/§3.4. */
export const azure = providerEntity(
  {
    name: 'azure',
    title: 'Microsoft Azure',
    description:
      'Microsoft Azure. Only the European regions listed in the research are included; add others by override.',
    links: [{ url: S.AZ_REGIONS.url, title: 'Azure regions' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'Microsoft Corp.',
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
      { name: 'Microsoft Corp.', country: 'US', jurisdiction: 'non-eu' },
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    exposureClass: fact(
      'non-eu-parent',
      'unverified',
      [REFERENCE.exposureModel, S.CLOUDACT],
      'US parent (unverified). The Bleu partner model would be eu-structural, and verified-immunity once qualified.',
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
        level: '"Germany C5"',
        scope: 'Azure (service scope not read)',
        verification: 'verified',
        sources: [S.AZ_COMPL],
        note: COMPLIANCE_NOTE,
      },
      {
        scheme: 'iso-27001',
        status: 'held',
        scope: 'Azure (service scope not read)',
        verification: 'verified',
        sources: [S.AZ_COMPL],
        note: COMPLIANCE_NOTE,
      },
    ],
    locations: [
      region('germanywestcentral', 'DE', 'Frankfurt'),
      region('germanynorth', 'DE', 'Berlin'),
      region('westeurope', 'NL'),
      region('northeurope', 'IE'),
      region('francecentral', 'FR', 'Paris'),
      region('swedencentral', 'SE', 'Gävle'),
      region('polandcentral', 'PL', 'Warsaw'),
      region('italynorth', 'IT', 'Milan'),
      region('spaincentral', 'ES', 'Madrid'),
      region('norwayeast', 'NO'),
      location('austriaeast', 'AT', {
        city: 'Vienna area',
        verification: 'secondary',
        sources: [S.AZ_REGIONS, S.AZ_REGIONS_SRC, S.AZ_AT_KURIER],
        note: "Microsoft's list of March 2025 still gives it as coming soon without a location; press (June 2025) reports three sites south of Vienna and a go-live in August 2025.",
      }),
      location('belgiumcentral', 'BE', {
        city: 'Brussels',
        verification: 'secondary',
        sources: [S.AZ_REGIONS],
        note: "Not yet in Microsoft's list of March 2025.",
      }),
      region('switzerlandnorth', 'CH', 'Zurich'),
      region('uksouth', 'GB', 'London'),
    ],
    provisioning: [
      unknownProvisioning(
        'The provisioning research records no Cluster API or Crossplane path for Azure.',
      ),
    ],
    detection: {
      providerIdPrefixes: fact(['azure://'], 'secondary', [S.MOGENIUS]),
      nodeLabelKeys: fact(['kubernetes.azure.com/'], 'secondary', [S.MOGENIUS]),
    },
    statements: [
      {
        topic: 'partner-offering',
        value:
          'Bleu (Orange and Capgemini, Microsoft as technology licensor without equity) pursues SecNumCloud; milestone J0 on 17 April 2025; not qualified in the sources read.',
        verification: 'secondary',
        sources: [S.HOP3_BLEU, S.BLEU_INCYBER],
      },
      {
        topic: 'partner-offering',
        value: 'Delos Cloud (SAP).',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'Named in the research without verified details.',
      },
    ],
  },
);
