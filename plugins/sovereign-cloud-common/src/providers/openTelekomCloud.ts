import { ProviderCertification } from '../entities/CloudProvider';
import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const SELF_DECLARATION =
  "Listed in the Trusted Cloud registry entry, which is the provider's own binding declaration; the registry only checks it for plausibility (TC-INFO).";

const listed = (
  scheme: ProviderCertification['scheme'],
  level?: string,
): ProviderCertification => ({
  scheme,
  status: 'held',
  ...(level ? { level } : {}),
  scope: 'Open Telekom Cloud',
  verification: 'verified',
  sources: [S.TC_OTC, S.TC_INFO],
  note: SELF_DECLARATION,
});

/** Open Telekom Cloud (T Cloud Public). Facts: sovereignty research §3.3/§3.4, provisioning research §2.0/§2.9. */
export const openTelekomCloud = providerEntity(
  {
    name: 'open-telekom-cloud',
    title: 'Open Telekom Cloud (T Cloud Public)',
    description:
      'Open Telekom Cloud, now "T Cloud Public", of T-Systems International GmbH (Deutsche Telekom).',
    links: [
      { url: S.TC_OTC.url, title: 'Trusted Cloud registry entry' },
      {
        url: S.OTC_SWITCH.url,
        title: 'Switching your cloud provider (Data Act)',
      },
    ],
  },
  {
    type: 'public-cloud',
    legalEntity: fact('T-Systems International GmbH', 'secondary', [
      S.HOP3_OTC,
    ]),
    hqCountry: fact('DE', 'secondary', [S.HOP3_OTC]),
    parent: fact(
      { name: 'Deutsche Telekom AG', country: null, jurisdiction: 'eu-eea' },
      'secondary',
      [S.HOP3_OTC, S.HOP3_TSY, REFERENCE.exposureModel],
      'The German state holds about 28–30 % (Bund + KfW). Country not stated as such in the sources; the jurisdiction follows the exposure class.',
    ),
    exposureClass: fact(
      'eu-with-non-eu-subsidiaries',
      'secondary',
      [REFERENCE.exposureModel, S.TC_OTC, S.OTC_TF, S.HOP3_OTC],
      'EU-controlled (secondary) with the Swiss region eu-ch2 (verified); plus a supply-chain finding (SOV-5) for the Huawei OpenStack distribution.',
    ),
    nonEuPresence: fact(
      ['CH'],
      'verified',
      [S.TC_OTC, S.OTC_TF],
      'Region eu-ch2 in Switzerland. Worldwide operations of the Deutsche Telekom group are not verified.',
    ),
    certifications: [
      listed('bsi-c5', 'ISAE 3000 attestation (type not stated)'),
      listed('iso-27001'),
      listed('iso-27018'),
      listed('csa-star', 'Level 2'),
      listed('soc-1'),
      listed('soc-2'),
    ],
    locations: [
      location('eu-de', 'DE', {
        city: 'Biere/Magdeburg',
        cityVerification: 'secondary',
        zones: ['eu-de-01', 'eu-de-02', 'eu-de-03'],
        verification: 'verified',
        sources: [S.OTC_REGIONS, S.TC_OTC, S.HOP3_OTC],
      }),
      location('eu-nl', 'NL', {
        city: 'Amsterdam',
        cityVerification: 'secondary',
        zones: ['eu-nl-01', 'eu-nl-02', 'eu-nl-03'],
        verification: 'verified',
        sources: [S.OTC_REGIONS, S.TC_OTC],
      }),
      location('eu-ch2', 'CH', {
        verification: 'verified',
        sources: [S.OTC_TF, S.TC_OTC],
        note: '"SwissCloud", endpoints *.eu-ch2.sc.otc.t-systems.com. City unknown.',
      }),
    ],
    provisioning: [
      {
        method: 'crossplane',
        service: 'Cloud Container Engine (CCE)',
        crossplaneProvider: 'opentelekomcloud/provider-opentelekomcloud',
        apiVersion: 'cce.opentelekomcloud.m.crossplane.io/v1alpha1',
        clusterKind: 'ClusterV3',
        nodePoolKind: 'NodePoolV3',
        verification: 'verified',
        sources: [REFERENCE.managedKubernetes, P.XP_OTC],
        note: "Official provider (Crossplane v2; legacy cluster-scoped group cce.opentelekomcloud.crossplane.io/v1alpha1). There is no Cluster API provider, and CAPO is not a documented path: OTC's load-balancer API is not Octavia-compatible.",
      },
    ],
    detection: {
      providerIdPrefixes: fact(
        ['openstack:///'],
        'unverified',
        [REFERENCE.detection],
        'Typical for OpenStack-based clouds; tell them apart by region code.',
      ),
      nodeLabelKeys: fact(
        ['cce'],
        'secondary',
        [S.MOGENIUS],
        'Label keys containing "cce" (CCE nodes).',
      ),
    },
    statements: [
      {
        topic: 'supply-chain',
        value: 'The OpenStack distribution comes from Huawei.',
        verification: 'secondary',
        sources: [S.HOP3_OTC, S.OTC_KLAMM],
      },
      {
        topic: 'portability',
        value: 'Publishes a switching process under the EU Data Act.',
        verification: 'verified',
        sources: [S.OTC_SWITCH],
      },
    ],
  },
);
