import { exampleSovereignCluster } from '../schema/examples';
import { mutate } from '../testing/mutate';
import { EntityValidationError } from './EntityValidationError';
import {
  assertValidSovereignCluster,
  validateSovereignCluster,
} from './validateEntities';
import { formatValidationProblem } from './ValidationProblem';

const bad = (change: (cluster: any) => void) =>
  mutate(exampleSovereignCluster, change);

const messages = (input: unknown) =>
  validateSovereignCluster(input).problems.map(formatValidationProblem);

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl';
const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';
const KUBECONFIG =
  'apiVersion: v1\nkind: Config\nclusters: []\ncurrent-context: admin\nusers:\n- user:\n    client-key-data: AAAA';
const SECRET_FIELD =
  'must not hold a credential inline; reference it instead (a config key or a Kubernetes Secret name, namespace and key)';
const SECRET_VALUE =
  'must not contain a credential (private key, token or kubeconfig); reference it instead';

describe('validateSovereignCluster', () => {
  it('accepts the example cluster', () => {
    const result = validateSovereignCluster(exampleSovereignCluster);
    expect(result).toEqual({
      valid: true,
      entity: exampleSovereignCluster,
      problems: [],
    });
  });

  it('accepts a minimal cluster with a managed control plane', () => {
    const minimal = {
      apiVersion: 'sovereign-cloud.io/v1alpha1',
      kind: 'SovereignCluster',
      metadata: { name: 'kapsule-dev' },
      spec: {
        owner: 'team-a',
        lifecycle: 'experimental',
        provider: 'scaleway',
        locations: ['fr-par'],
        distribution: { name: 'kapsule', version: '1.32' },
        controlPlane: { managed: true },
        nodePools: [{ name: 'default', machineType: 'PRO2-S', count: 1 }],
        network: { overlay: 'none', encryption: { mode: 'none' } },
        management: { type: 'external' },
      },
    };
    expect(messages(minimal)).toEqual([]);
  });

  const cases: Array<[string, unknown, string[]]> = [
    ['null', null, ['<root>: must be an object, got null']],
    [
      'an array',
      [exampleSovereignCluster],
      ['<root>: must be an object, got an array'],
    ],
    ['a number', 42, ['<root>: must be an object, got 42']],
    [
      'a string that is a token',
      JWT,
      [
        '<root>: must be an object, got a string that looks like a credential (not shown)',
      ],
    ],
    [
      'the wrong apiVersion',
      bad(c => {
        c.apiVersion = 'backstage.io/v1alpha1';
      }),
      [
        'apiVersion: must be "sovereign-cloud.io/v1alpha1", got "backstage.io/v1alpha1"',
      ],
    ],
    [
      'the wrong kind',
      bad(c => {
        c.kind = 'Cluster';
      }),
      ['kind: must be "SovereignCluster", got "Cluster"'],
    ],
    [
      'metadata that is a string',
      bad(c => {
        c.metadata = 'eu-prod-1';
      }),
      ['metadata: must be an object, got "eu-prod-1"'],
    ],
    [
      'an invalid entity name',
      bad(c => {
        c.metadata.name = 'eu prod 1';
      }),
      [
        `metadata.name: must be an entity name of letters, digits, '-', '_' and '.' (at most 63 characters), got "eu prod 1"`,
      ],
    ],
    [
      'a missing owner',
      bad(c => {
        delete c.spec.owner;
      }),
      ['spec.owner: is required'],
    ],
    [
      'an owner that is a number',
      bad(c => {
        c.spec.owner = 42;
      }),
      [
        'spec.owner: must be a reference to a Group or User entity like [group:][namespace/]name, got 42 (a number; quote it in YAML)',
      ],
    ],
    [
      'an owner of the wrong kind',
      bad(c => {
        c.spec.owner = 'component:default/payments';
      }),
      [
        'spec.owner: must reference a Group or User entity, got kind "component"',
      ],
    ],
    [
      'a provider reference of the wrong kind',
      bad(c => {
        c.spec.provider = 'resource:ionos';
      }),
      [
        'spec.provider: must reference a CloudProvider entity, got kind "resource"',
      ],
    ],
    [
      'a malformed provider reference',
      bad(c => {
        c.spec.provider = 'cloudprovider:';
      }),
      [
        'spec.provider: must be a reference to a CloudProvider entity like [cloudprovider:][namespace/]name, got "cloudprovider:"',
      ],
    ],
    [
      'no locations',
      bad(c => {
        c.spec.locations = [];
      }),
      ['spec.locations: must contain at least 1 item'],
    ],
    [
      'a fractional node count',
      bad(c => {
        c.spec.nodePools[1].count = 2.5;
      }),
      ['spec.nodePools[1].count: must be a positive integer, got 2.5'],
    ],
    [
      'a negative node count',
      bad(c => {
        c.spec.nodePools[0].count = -3;
      }),
      ['spec.nodePools[0].count: must be a positive integer, got -3'],
    ],
    [
      'a node count written as a string',
      bad(c => {
        c.spec.nodePools[0].count = '3';
      }),
      ['spec.nodePools[0].count: must be a positive integer, got "3"'],
    ],
    [
      'node pools that are not a list',
      bad(c => {
        c.spec.nodePools = { workers: { count: 3 } };
      }),
      ['spec.nodePools: must be a list, got an object'],
    ],
    [
      'duplicate node pool names',
      bad(c => {
        c.spec.nodePools[1].name = 'ionos-workers';
      }),
      [
        'spec.nodePools[1].name: must be unique, but "ionos-workers" is already used by spec.nodePools[0].name',
      ],
    ],
    [
      'a duplicate pool name next to another mistake',
      bad(c => {
        c.spec.nodePools[1].name = 'ionos-workers';
        c.spec.nodePools[1].count = 0;
      }),
      [
        'spec.nodePools[1].count: must be a positive integer, got 0',
        'spec.nodePools[1].name: must be unique, but "ionos-workers" is already used by spec.nodePools[0].name',
      ],
    ],
    [
      'an invalid node pool name',
      bad(c => {
        c.spec.nodePools[0].name = 'Workers_1';
      }),
      [
        `spec.nodePools[0].name: must be a lowercase name of letters, digits and '-' (at most 63 characters), got "Workers_1"`,
      ],
    ],
    [
      'an invalid label key',
      bad(c => {
        c.spec.nodePools[0].labels = { 'bad key': 'x' };
      }),
      [
        'spec.nodePools[0].labels["bad key"]: key must be a Kubernetes label key like node-role or example.com/tier, got "bad key"',
      ],
    ],
    [
      'an unknown taint effect',
      bad(c => {
        c.spec.nodePools[1].taints[0].effect = 'NoRun';
      }),
      [
        'spec.nodePools[1].taints[0].effect: must be one of NoSchedule, PreferNoSchedule or NoExecute, got "NoRun"',
      ],
    ],
    [
      'zero accelerators per node',
      bad(c => {
        c.spec.nodePools[0].accelerators = [
          { resource: 'nvidia.com/gpu', count: 0 },
        ];
      }),
      [
        'spec.nodePools[0].accelerators[0].count: must be a positive integer, got 0',
      ],
    ],
    [
      'a pool at the cluster provider outside spec.locations',
      bad(c => {
        c.spec.nodePools[0].location = 'de/txl';
      }),
      [
        `spec.nodePools[0].location: must be one of spec.locations (de/fra) at the cluster's provider, got "de/txl"`,
      ],
    ],
    [
      'a pool at another provider without a location',
      bad(c => {
        delete c.spec.nodePools[1].location;
      }),
      [
        'spec.nodePools[1].location: is required when the provider (scaleway) differs from spec.provider',
      ],
    ],
    [
      'a control plane without replicas',
      bad(c => {
        c.spec.controlPlane = { location: 'de/fra' };
      }),
      ['spec.controlPlane.replicas: is required unless managed is true'],
    ],
    [
      'control-plane replicas that disagree with the placements',
      bad(c => {
        c.spec.controlPlane.replicas = 5;
      }),
      [
        'spec.controlPlane.replicas: must equal the sum of placements[].replicas (3), got 5',
      ],
    ],
    [
      'an unknown overlay',
      bad(c => {
        c.spec.network.overlay = 'calico';
      }),
      [
        'spec.network.overlay: must be one of cilium-wireguard, kilo, kubespan or none, got "calico"',
      ],
    ],
    [
      'a WireGuard overlay without WireGuard encryption',
      bad(c => {
        c.spec.network.overlay = 'kilo';
        c.spec.network.encryption.mode = 'ipsec';
      }),
      [
        'spec.network.encryption.mode: must be wireguard with overlay kilo, got "ipsec"',
      ],
    ],
    [
      'a mesh that is not a Resource',
      bad(c => {
        c.spec.network.mesh = 'component:eu-mesh';
      }),
      [
        'spec.network.mesh: must reference a Resource entity, got kind "component"',
      ],
    ],
    [
      'a malformed pod CIDR',
      bad(c => {
        c.spec.network.podCidr = '10.244.0.0/33';
      }),
      [
        'spec.network.podCidr: must be a CIDR block like 10.244.0.0/16, got "10.244.0.0/33"',
      ],
    ],
    [
      'an unknown storage backend',
      bad(c => {
        c.spec.storage.backend = 'ceph';
      }),
      [
        'spec.storage.backend: must be one of rook-ceph, longhorn, simplyblock or provider-csi, got "ceph"',
      ],
    ],
    [
      'a misspelt storage field',
      bad(c => {
        c.spec.storage.replicas = 3;
      }),
      [
        'spec.storage.replicas: is not a known field (known fields: backend, replication, failureDomain, failureDomains, classes)',
      ],
    ],
    [
      'two default storage classes',
      bad(c => {
        c.spec.storage.classes.push({ name: 'longhorn', default: true });
      }),
      [
        'spec.storage.classes[1].default: only one storage class can be the default, spec.storage.classes[0] already is',
      ],
    ],
    [
      'an API server over http',
      bad(c => {
        c.spec.access.apiServer = 'http://api.eu-prod-1.example.eu:6443';
      }),
      [
        'spec.access.apiServer: must be an https URL, got "http://api.eu-prod-1.example.eu:6443"',
      ],
    ],
    [
      'an API server that is not a URL',
      bad(c => {
        c.spec.access.apiServer = 'api.eu-prod-1.example.eu';
      }),
      [
        'spec.access.apiServer: must be an https URL, got "api.eu-prod-1.example.eu"',
      ],
    ],
    [
      'an API server URL with credentials',
      bad(c => {
        c.spec.access.apiServer =
          'https://admin:s3cret@api.eu-prod-1.example.eu:6443';
      }),
      [
        'spec.access.apiServer: must not contain credentials (user:password@); reference them instead',
      ],
    ],
    [
      'an API server URL with a token parameter',
      bad(c => {
        c.spec.access.apiServer =
          'https://api.eu-prod-1.example.eu:6443/?access_token=abc';
      }),
      [
        'spec.access.apiServer: must not carry a credential in its query string (parameter "access_token")',
      ],
    ],
    [
      'an inline token',
      bad(c => {
        c.spec.access.auth.token = 'abc123';
      }),
      [`spec.access.auth.token: ${SECRET_FIELD}`],
    ],
    [
      'an inline kubeconfig',
      bad(c => {
        c.spec.kubeconfig = KUBECONFIG;
      }),
      [`spec.kubeconfig: ${SECRET_FIELD}`],
    ],
    [
      'a client secret next to a credential reference',
      bad(c => {
        c.spec.access.auth.credential.clientSecret = 'abc';
      }),
      [`spec.access.auth.credential.clientSecret: ${SECRET_FIELD}`],
    ],
    [
      'a password in a node label',
      bad(c => {
        c.spec.nodePools[0].labels = { 'example.com/password': 'hunter2' };
      }),
      [`spec.nodePools[0].labels["example.com/password"]: ${SECRET_FIELD}`],
    ],
    [
      'a private key pasted into a description',
      bad(c => {
        c.spec.management = { type: 'external', description: PEM };
      }),
      [`spec.management.description: ${SECRET_VALUE}`],
    ],
    [
      'a kubeconfig pasted into a config key',
      bad(c => {
        c.spec.access.auth.credential.configKey = KUBECONFIG;
      }),
      [`spec.access.auth.credential.configKey: ${SECRET_VALUE}`],
    ],
    [
      'a token in an annotation',
      bad(c => {
        c.metadata.annotations = { 'example.com/session': JWT };
      }),
      [`metadata.annotations["example.com/session"]: ${SECRET_VALUE}`],
    ],
    [
      'a token annotation key',
      bad(c => {
        c.metadata.annotations = { 'example.com/token': 'x' };
      }),
      [`metadata.annotations["example.com/token"]: ${SECRET_FIELD}`],
    ],
    [
      'a private key deep in extra metadata',
      bad(c => {
        c.metadata.extra = { nested: [{ key: PEM }] };
      }),
      [`metadata.extra.nested[0].key: ${SECRET_VALUE}`],
    ],
    [
      'both a config key and a Secret',
      bad(c => {
        c.spec.access.auth.credential.secretRef = {
          name: 'sa',
          namespace: 'ops',
          key: 'token',
        };
      }),
      [
        'spec.access.auth.credential: must set only one of configKey or secretRef, got configKey and secretRef',
      ],
    ],
    [
      'an empty credential reference',
      bad(c => {
        c.spec.access.auth.credential = {};
      }),
      ['spec.access.auth.credential: must set one of configKey or secretRef'],
    ],
    [
      'a service account without credential',
      bad(c => {
        delete c.spec.access.auth.credential;
      }),
      [
        'spec.access.auth.credential: is required for auth provider serviceAccount',
      ],
    ],
    [
      'a Secret reference with an invalid namespace',
      bad(c => {
        c.spec.access.certificateAuthority.secretRef.namespace =
          'Sovereign_Cloud';
      }),
      [
        `spec.access.certificateAuthority.secretRef.namespace: must be a lowercase name of letters, digits and '-' (at most 63 characters), got "Sovereign_Cloud"`,
      ],
    ],
    [
      'a Prometheus URL without scheme',
      bad(c => {
        c.spec.observability.prometheus.url = 'prometheus:9090';
      }),
      [
        'spec.observability.prometheus.url: must be an http or https URL, got "prometheus:9090"',
      ],
    ],
    [
      'an unknown management type',
      bad(c => {
        c.spec.management = { type: 'terraform' };
      }),
      [
        'spec.management.type: must be one of cluster-api, gitops or external, got "terraform"',
      ],
    ],
    [
      'Cluster API management without namespace',
      bad(c => {
        c.spec.management = {
          type: 'cluster-api',
          managementCluster: 'mgmt-1',
        };
      }),
      ['spec.management.namespace: is required'],
    ],
    [
      'a GitOps repository over ftp',
      bad(c => {
        c.spec.management.repository = 'ftp://git.example.eu/fleet.git';
      }),
      [
        'spec.management.repository: must be a Git repository URL (https://, ssh:// or git@host:path), got "ftp://git.example.eu/fleet.git"',
      ],
    ],
    [
      'an unquoted Kubernetes version in YAML',
      bad(c => {
        c.spec.distribution.version = 1.33;
      }),
      [
        'spec.distribution.version: must be a Kubernetes version like 1.33 or v1.33.4, got 1.33 (a number; quote it in YAML)',
      ],
    ],
    [
      'a Kubernetes version that is not one',
      bad(c => {
        c.spec.distribution.version = 'latest';
      }),
      [
        'spec.distribution.version: must be a Kubernetes version like 1.33 or v1.33.4, got "latest"',
      ],
    ],
    [
      'UK instead of GB',
      bad(c => {
        c.spec.sovereignty.operators[0].country = 'UK';
      }),
      [
        'spec.sovereignty.operators[0].country: must be an ISO 3166-1 alpha-2 country code like DE, got "UK" (use GB)',
      ],
    ],
    [
      'admission enforced by no engine',
      bad(c => {
        c.spec.sovereignty.admissionPolicies = {
          engine: 'none',
          mode: 'enforce',
        };
      }),
      [
        'spec.sovereignty.admissionPolicies.mode: must be none when engine is none, got "enforce"',
      ],
    ],
    [
      'an unknown SEAL level',
      bad(c => {
        c.spec.policy.minimumSeal = 'SEAL-5';
      }),
      [
        'spec.policy.minimumSeal: must be one of SEAL-0, SEAL-1, SEAL-2, SEAL-3 or SEAL-4, got "SEAL-5"',
      ],
    ],
    [
      'an invalid jurisdiction',
      bad(c => {
        c.spec.policy.allowedJurisdictions = ['EU', 'Europe'];
      }),
      [
        'spec.policy.allowedJurisdictions[1]: must be EU, EEA or an ISO 3166-1 alpha-2 country code, got "Europe"',
      ],
    ],
    [
      'a policy excluding a provider the cluster uses',
      bad(c => {
        c.spec.policy.excludedProviders = ['cloudprovider:scaleway'];
      }),
      [
        'spec.policy.excludedProviders[0]: excludes "cloudprovider:scaleway", but spec.controlPlane.placements[1].provider places the cluster there',
      ],
    ],
    [
      'an unknown lifecycle phase',
      bad(c => {
        c.spec.status.phase = 'Running';
      }),
      [
        'spec.status.phase: must be one of Planned, Provisioning, Ready, Degraded, Decommissioning, Decommissioned or Unknown, got "Running"',
      ],
    ],
    [
      'a transition time that is not a date',
      bad(c => {
        c.spec.status.lastTransitionTime = '2026-02-30T10:00:00Z';
      }),
      [
        'spec.status.lastTransitionTime: must be a date and time like 2026-11-23T10:15:00Z, got "2026-02-30T10:00:00Z"',
      ],
    ],
    [
      'a spec that is missing',
      bad(c => {
        delete c.spec;
      }),
      ['spec: is required'],
    ],
    [
      'several mistakes at once',
      bad(c => {
        c.kind = 'Component';
        c.spec.nodePools[0].count = 1.5;
        c.spec.access.apiServer = 'http://x';
        c.spec.storage.backend = 'nfs';
      }),
      [
        'kind: must be "SovereignCluster", got "Component"',
        'spec.nodePools[0].count: must be a positive integer, got 1.5',
        'spec.storage.backend: must be one of rook-ceph, longhorn, simplyblock or provider-csi, got "nfs"',
        'spec.access.apiServer: must be an https URL, got "http://x"',
      ],
    ],
  ];

  it('has a broad table of invalid clusters', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('rejects %s with exact messages', (_name, input, expected) => {
    const result = validateSovereignCluster(input);
    expect(result.valid).toBe(false);
    expect(result.problems.map(formatValidationProblem)).toEqual(expected);
  });

  describe('assertValidSovereignCluster', () => {
    it('returns the typed entity', () => {
      expect(assertValidSovereignCluster(exampleSovereignCluster)).toBe(
        exampleSovereignCluster,
      );
    });

    it('throws an EntityValidationError listing every problem', () => {
      const input = bad(c => {
        c.spec.nodePools[0].count = 2.5;
        c.spec.access.auth.token = JWT;
      });
      let error: unknown;
      try {
        assertValidSovereignCluster(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EntityValidationError);
      expect((error as EntityValidationError).name).toBe('InputError');
      expect((error as EntityValidationError).problems).toHaveLength(2);
      expect((error as EntityValidationError).message).toBe(
        [
          'Invalid SovereignCluster "eu-prod-1", 2 problems:',
          '- spec.nodePools[0].count: must be a positive integer, got 2.5',
          `- spec.access.auth.token: ${SECRET_FIELD}`,
        ].join('\n'),
      );
      expect((error as EntityValidationError).message).not.toContain(JWT);
    });

    it('throws the same typed error for garbage', () => {
      expect(() => assertValidSovereignCluster(undefined)).toThrow(
        'Invalid SovereignCluster, 1 problem:\n- <root>: must be an object, got nothing',
      );
    });
  });
});
