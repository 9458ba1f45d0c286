import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

/** Hetzner Cloud. Facts: sovereignty research §3.3/§3.4, provisioning research §2.1. */
export const hetzner = providerEntity(
  {
    name: 'hetzner',
    title: 'Hetzner',
    description:
      'Hetzner Cloud and Robot bare metal, Hetzner Online GmbH, Gunzenhausen. No managed Kubernetes.',
    links: [{ url: S.HETZ_PRIV.url, title: 'Privacy policy (legal entity)' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'Hetzner Online GmbH, Industriestr. 25, Gunzenhausen',
      'verified',
      [S.HETZ_PRIV],
    ),
    hqCountry: fact('DE', 'verified', [S.HETZ_PRIV]),
    parent: fact(
      {
        name: 'Privately held (founder)',
        country: null,
        jurisdiction: 'eu-eea',
      },
      'secondary',
      [S.HETZ_GROK, REFERENCE.exposureModel],
      'Country not stated in the sources; the jurisdiction follows the exposure class.',
    ),
    exposureClass: fact(
      'eu-with-non-eu-subsidiaries',
      'secondary',
      [REFERENCE.exposureModel, S.HETZ_GROK, S.HETZ_TF, S.HETZ_GO],
      'EU-controlled (owner: secondary source), with cloud locations in the US and Singapore (verified).',
    ),
    nonEuPresence: fact(
      ['US', 'SG'],
      'verified',
      [S.HETZ_TF, S.HETZ_GO],
      'Cloud locations Ashburn VA (ash), Hillsboro OR (hil) and Singapore (sin).',
    ),
    certifications: [
      {
        scheme: 'other',
        status: 'held',
        level:
          'TÜV Rheinland i-sec audit of technical and organisational measures',
        scope: 'Nuremberg, Falkenstein and Helsinki',
        verification: 'secondary',
        sources: [S.HETZ_TUV],
        note: 'Audit of February 2024.',
      },
      {
        scheme: 'iso-27001',
        status: 'unknown',
        scope: 'Hetzner',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: "Not in Hetzner's stored documentation.",
      },
    ],
    locations: [
      location('fsn1', 'DE', {
        city: 'Falkenstein',
        verification: 'verified',
        sources: [S.HETZ_API, S.HETZ_TF],
        note: 'Network zone eu-central.',
      }),
      location('nbg1', 'DE', {
        city: 'Nuremberg',
        verification: 'verified',
        sources: [S.HETZ_API, S.HETZ_TF],
      }),
      location('hel1', 'FI', {
        city: 'Helsinki (Tuusula)',
        verification: 'verified',
        sources: [S.HETZ_API, S.HETZ_TF, S.HETZ_TUV],
      }),
      location('ash', 'US', {
        city: 'Ashburn, VA',
        verification: 'verified',
        sources: [S.HETZ_TF],
        note: 'Network zone us-east.',
      }),
      location('hil', 'US', {
        city: 'Hillsboro, OR',
        verification: 'verified',
        sources: [S.HETZ_TF],
        note: 'Network zone us-west.',
      }),
      location('sin', 'SG', {
        city: 'Singapore',
        verification: 'verified',
        sources: [S.HETZ_TF, S.HETZ_GO],
        note: 'Network zone ap-southeast.',
      }),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPH',
        repository: 'syself/cluster-api-provider-hetzner',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
        clusterKind: 'HetznerCluster',
        machineKind: 'HCloudMachineTemplate',
        contract: 'v1beta1',
        release: 'v1.1.8',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPH],
        note: 'Bare metal through HetznerBareMetalMachineTemplate; ships a ClusterClass (quick-start); failure domains are locations (fsn1, nbg1, hel1). v1beta2 types exist on main, unreleased.',
      },
    ],
    detection: {
      providerIdPrefixes: fact(['hcloud://', 'hrobot://'], 'verified', [
        S.HETZ_CCM,
      ]),
    },
  },
);
