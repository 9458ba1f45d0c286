import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import {
  ClusterRequest,
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import {
  fleetRequest,
  REPO_ROOT,
  rheinMainDc,
} from './__fixtures__/fleetRequests';
import { renderClusterManifests } from './renderClusterManifests';
import { ClusterRenderOptions } from './types';
import { SCHEMA_KIT_VALIDATOR, schemaKitInstalled } from '../testing/schemaKit';

const VALIDATOR = SCHEMA_KIT_VALIDATOR;
const VALIDATOR_READY = schemaKitInstalled();

const catalogue = createProviderCatalogue([
  ...defaultCloudProviders(),
  rheinMainDc(),
]);

type Case = {
  name: string;
  request: ClusterRequest;
  options: ClusterRenderOptions;
  apiVersion: string;
  classRef: string;
  /** Failure domain per pool, in order. */
  failureDomains: string[];
  credentials?: { variable: string; name: string };
};

const CASES: Case[] = [
  {
    name: 'hetzner',
    request: fleetRequest('hetzner-fsn-prod'),
    options: { settings: { sshKeyName: 'platform' } },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-hetzner-v1',
    failureDomains: ['fsn1', 'nbg1'],
    credentials: { variable: 'credentialsSecretName', name: 'hetzner' },
  },
  {
    name: 'ionos',
    request: fleetRequest('ionos-fra-prod'),
    options: {
      settings: {
        datacenterID: '2b6e7c1e-0c1f-4b8e-9a53-2f5d0c0f6a11',
        'datacenterID:de/fra/2': '7f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f607',
        controlPlaneEndpointHost: '203.0.113.10',
        imageID: 'c8d7e6f5-0a1b-4c2d-9e3f-405162738495',
      },
      credentialsName: 'ionos-fra-prod-credentials',
    },
    apiVersion: 'cluster.x-k8s.io/v1beta1',
    classRef: 'sovereign-ionos-v1',
    failureDomains: ['de/fra', 'de/fra/2'],
    credentials: {
      variable: 'credentialsSecretName',
      name: 'ionos-fra-prod-credentials',
    },
  },
  {
    name: 'scaleway',
    request: fleetRequest('scaleway-par-prod', {
      locations: ['fr-par-1', 'fr-par-2'],
      nodePools: [
        {
          name: 'general-1',
          location: 'fr-par-1',
          machineType: 'PRO2-M',
          count: 3,
        },
        {
          name: 'general-2',
          location: 'fr-par-2',
          machineType: 'PRO2-M',
          count: 2,
        },
      ],
    }),
    options: {
      settings: { projectID: '11111111-2222-4333-8444-555555555555' },
    },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-scaleway-v1',
    failureDomains: ['fr-par-1', 'fr-par-2'],
    credentials: {
      variable: 'credentialsSecretName',
      name: 'scaleway-credentials',
    },
  },
  {
    name: 'openstack (ovhcloud)',
    request: fleetRequest('ovh-gra-data'),
    options: {
      settings: {
        externalNetworkID: 'b2c4d6e8-1a3c-4e5f-8a9b-0c1d2e3f4a5b',
        cloudName: 'ovh-gra11',
      },
    },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-openstack-v1',
    failureDomains: ['nova'],
    credentials: {
      variable: 'credentialsSecretName',
      name: 'openstack-cloud-config',
    },
  },
  {
    name: 'openstack (plusserver)',
    request: fleetRequest('plusserver-cgn-data'),
    options: {
      settings: { externalNetworkID: 'ext-net', cloudName: 'pco-prod1' },
    },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-openstack-v1',
    failureDomains: ['DE-WEST-1'],
    credentials: {
      variable: 'credentialsSecretName',
      name: 'openstack-cloud-config',
    },
  },
  {
    name: 'metal3 (private data centre)',
    request: fleetRequest('rhein-main-dc-prod'),
    options: {
      catalogue,
      settings: {
        controlPlaneEndpointHost: '10.20.0.10',
        imageURL:
          'https://images.sovereign.example.eu/ubuntu-2404-kube-v1.33.4.qcow2',
        imageChecksum:
          'https://images.sovereign.example.eu/ubuntu-2404-kube-v1.33.4.qcow2.sha256sum',
      },
    },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-metal3-v1',
    failureDomains: ['fra-dc1'],
  },
  {
    name: 'aws',
    request: fleetRequest('aws-fra-legacy'),
    options: {},
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-aws-v1',
    failureDomains: ['eu-central-1a'],
    credentials: { variable: 'identityName', name: 'aws-static-identity' },
  },
  {
    name: 'stackit',
    request: fleetRequest('stackit-eu01-data', { experimental: true }),
    options: {
      settings: {
        projectID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        networkID: '0f1e2d3c-4b5a-4968-8776-655443322110',
        imageID: '12345678-90ab-4cde-8f01-234567890abc',
      },
    },
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    classRef: 'sovereign-stackit-v1',
    failureDomains: ['eu01-1'],
    credentials: {
      variable: 'credentialsSecretName',
      name: 'stackit-credentials',
    },
  },
];

type Topology = {
  class?: string;
  classRef?: { name: string };
  version: string;
  controlPlane: { replicas: number };
  workers: {
    machineDeployments: Array<{
      class: string;
      name: string;
      replicas: number;
      failureDomain: string;
      taints?: unknown[];
      variables: { overrides: Array<{ name: string; value: unknown }> };
    }>;
  };
  variables: Array<{ name: string; value: unknown }>;
};

const topologyOf = (objects: KubernetesObject[]) => {
  const cluster = objects.find(o => o.kind === 'Cluster')!;
  return {
    cluster,
    topology: (cluster.spec as { topology: Topology }).topology,
  };
};

const rendered = new Map<string, KubernetesObject[]>();

describe('renderClusterManifests', () => {
  describe.each(CASES)('$name', c => {
    const objects = renderClusterManifests(c.request, c.options);
    rendered.set(c.name, objects);
    const { cluster, topology } = topologyOf(objects);

    it('renders the namespace and a topology Cluster at the provider’s Cluster API version', () => {
      expect(objects.map(o => `${o.apiVersion} ${o.kind}`)).toEqual([
        'v1 Namespace',
        `${c.apiVersion} Cluster`,
      ]);
      expect(objects[0].metadata.name).toBe(c.request.management.namespace);
      expect(cluster.metadata).toMatchObject({
        name: c.request.name,
        namespace: c.request.management.namespace,
        labels: { 'sovereign-cloud.io/cluster': c.request.name },
      });
    });

    it('references the shipped ClusterClass, version and control plane replicas', () => {
      const classRef =
        c.apiVersion === 'cluster.x-k8s.io/v1beta1'
          ? topology.class
          : topology.classRef?.name;
      expect(classRef).toBe(c.classRef);
      expect(topology.version).toBe(c.request.kubernetesVersion);
      expect(topology.controlPlane.replicas).toBe(
        c.request.controlPlane.replicas,
      );
    });

    it('renders one machine deployment per pool with its failure domain', () => {
      const deployments = topology.workers.machineDeployments;
      expect(deployments.map(d => d.name)).toEqual(
        c.request.nodePools.map(p => p.name),
      );
      expect(deployments.map(d => d.replicas)).toEqual(
        c.request.nodePools.map(p => p.count),
      );
      expect(deployments.map(d => d.failureDomain)).toEqual(c.failureDomains);
      for (const [i, deployment] of deployments.entries()) {
        expect(deployment.variables.overrides).toContainEqual({
          name: 'workerMachineType',
          value: c.request.nodePools[i].machineType,
        });
      }
    });

    it('references provider credentials by name only', () => {
      const reference = c.credentials
        ? [{ name: c.credentials.variable, value: c.credentials.name }]
        : [];
      expect(topology.variables).toEqual(expect.arrayContaining(reference));
      expect(objects.some(o => o.kind === 'Secret')).toBe(false);
    });
  });

  it('sets the suite’s provider and location node labels on every pool', () => {
    const { topology } = topologyOf(rendered.get('ionos')!);
    expect(
      topology.workers.machineDeployments[1].variables.overrides,
    ).toContainEqual({
      name: 'workerNodeLabels',
      value:
        'sovereign-cloud.io/provider=ionos,sovereign-cloud.io/location=de_fra_2',
    });
  });

  it('puts each IONOS pool into the data centre of its location', () => {
    const { topology } = topologyOf(rendered.get('ionos')!);
    const dcs = topology.workers.machineDeployments.map(
      d =>
        d.variables.overrides.find(v => v.name === 'workerDatacenterID')?.value,
    );
    expect(dcs).toEqual([
      '2b6e7c1e-0c1f-4b8e-9a53-2f5d0c0f6a11',
      '7f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f607',
    ]);
  });

  it('renders taints natively at v1beta2 and through the ClusterClass at v1beta1', () => {
    const taints = [
      { key: 'dedicated', value: 'data', effect: 'NoSchedule' as const },
    ];
    const withTaints = (c: Case) =>
      topologyOf(
        renderClusterManifests(
          {
            ...c.request,
            nodePools: c.request.nodePools.map(p => ({ ...p, taints })),
          },
          c.options,
        ),
      ).topology.workers.machineDeployments[0];
    expect(withTaints(CASES[0]).taints).toEqual([
      {
        key: 'dedicated',
        value: 'data',
        effect: 'NoSchedule',
        propagation: 'Always',
      },
    ]);
    const ionos = withTaints(CASES[1]);
    expect(ionos.taints).toBeUndefined();
    expect(ionos.variables.overrides).toContainEqual({
      name: 'workerNodeTaints',
      value: taints,
    });
  });

  it('keeps pools of another provider out of the Cluster API topology', () => {
    const request = fleetRequest('hetzner-fsn-prod', {
      network: { overlay: 'kilo' },
    });
    request.nodePools.push({
      name: 'edge',
      provider: 'rhein-main-dc',
      location: 'muc-edge1',
      machineType: 'nuc-13-64g',
      count: 2,
    });
    const { topology } = topologyOf(
      renderClusterManifests(request, { catalogue }),
    );
    expect(topology.workers.machineDeployments.map(d => d.name)).toEqual([
      'fsn-workers',
      'nbg-workers',
    ]);
  });

  describe('Open Telekom Cloud', () => {
    const request = fleetRequest('otc-eu-de-identity');
    const objects = renderClusterManifests(request, {
      settings: {
        vpcId: 'vpc-0a1b2c',
        subnetId: 'net-3d4e5f',
        keyPair: 'platform',
      },
    });

    it('renders Crossplane CCE objects instead of a Cluster API Cluster', () => {
      expect(objects.map(o => `${o.apiVersion} ${o.kind}`)).toEqual([
        'v1 Namespace',
        'cce.opentelekomcloud.m.crossplane.io/v1alpha1 ClusterV3',
        'cce.opentelekomcloud.m.crossplane.io/v1alpha1 NodePoolV3',
      ]);
      const [, cluster, pool] = objects;
      expect(cluster.spec).toMatchObject({
        forProvider: {
          name: 'otc-eu-de-identity',
          clusterType: 'VirtualMachine',
          clusterVersion: 'v1.31',
          flavorId: 'cce.s2.small',
          multiAz: true,
          vpcId: 'vpc-0a1b2c',
          subnetId: 'net-3d4e5f',
        },
        providerConfigRef: {
          kind: 'ClusterProviderConfig',
          name: 'open-telekom-cloud',
        },
        writeConnectionSecretToRef: { name: 'otc-eu-de-identity-kubeconfig' },
      });
      expect(pool.spec).toMatchObject({
        forProvider: {
          clusterIdRef: { name: 'otc-eu-de-identity' },
          availabilityZone: 'eu-de-01',
          flavor: 's3.xlarge.4',
          initialNodeCount: 3,
        },
      });
    });

    // The schema kit has no CRD for provider-opentelekomcloud: check the
    // fields against those read from its CRDs (opentelekomcloud/provider-opentelekomcloud
    // package/crds/cce.opentelekomcloud.m.crossplane.io_clusterv3s.yaml @075a7b0faef6,
    // _nodepoolv3s.yaml @095f66dc6243).
    it('uses only fields the provider’s CRDs define', () => {
      const SPEC = [
        'forProvider',
        'providerConfigRef',
        'writeConnectionSecretToRef',
      ];
      const CLUSTER_FIELDS = [
        'name',
        'region',
        'clusterType',
        'clusterVersion',
        'flavorId',
        'masters',
        'multiAz',
        'containerNetworkType',
        'containerNetworkCidr',
        'kubernetesSvcIpRange',
        'authenticationMode',
        'vpcId',
        'subnetId',
        'labels',
      ];
      const POOL_FIELDS = [
        'name',
        'clusterIdRef',
        'availabilityZone',
        'flavor',
        'initialNodeCount',
        'os',
        'runtime',
        'keyPair',
        'rootVolume',
        'dataVolumes',
        'k8sTags',
        'taints',
      ];
      for (const object of objects.slice(1)) {
        const spec = object.spec as Record<string, Record<string, unknown>>;
        expect(SPEC).toEqual(expect.arrayContaining(Object.keys(spec)));
        const allowed =
          object.kind === 'ClusterV3' ? CLUSTER_FIELDS : POOL_FIELDS;
        expect(allowed).toEqual(
          expect.arrayContaining(Object.keys(spec.forProvider)),
        );
      }
      // Required by the ClusterV3 CRD's validation rules.
      for (const field of [
        'clusterType',
        'containerNetworkType',
        'flavorId',
        'name',
      ]) {
        expect((objects[1].spec as any).forProvider[field]).toBeDefined();
      }
    });
  });

  describe('bad requests', () => {
    const problemsOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as { problems: Array<{ path: string; message: string }> })
          .problems;
      }
      throw new Error('expected an error');
    };

    it('rejects a provider the catalogue does not know', () => {
      expect(
        problemsOf(() =>
          renderClusterManifests({ ...CASES[0].request, provider: 'nimbus' }),
        ),
      ).toEqual([
        {
          path: 'provider',
          message: 'provider "nimbus" is not in the provider catalogue',
        },
      ]);
    });

    it('rejects a provider without a provisioning path', () => {
      const [problem] = problemsOf(() =>
        renderClusterManifests({
          ...CASES[0].request,
          provider: 'azure',
          locations: ['germanywestcentral'],
          nodePools: [
            {
              name: 'a',
              location: 'germanywestcentral',
              machineType: 'D4s',
              count: 1,
            },
          ],
        }),
      );
      expect(problem.path).toBe('provider');
      expect(problem.message).toMatch(/azure has no provisioning path/);
    });

    it('rejects STACKIT without the experimental flag', () => {
      const stackit = CASES.find(c => c.name === 'stackit')!;
      const problems = problemsOf(() =>
        renderClusterManifests(
          { ...stackit.request, experimental: undefined },
          stackit.options,
        ),
      );
      expect(problems).toEqual([
        {
          path: 'experimental',
          message: expect.stringMatching(
            /^must be true to provision at stackit: STACKIT \(CAPSTK, experimental\) is experimental/,
          ),
        },
      ]);
    });

    it('rejects locations the provider does not offer, naming each field', () => {
      const request = fleetRequest('hetzner-fsn-prod', {
        locations: ['fsn1', 'fra1'],
      });
      request.nodePools[1].location = 'fra1';
      expect(problemsOf(() => renderClusterManifests(request))).toEqual([
        {
          path: 'locations[1]',
          message:
            'location "fra1" is not offered by provider hetzner (offered: fsn1, nbg1, hel1, ash, hil, sin)',
        },
        {
          path: 'nodePools[1].location',
          message:
            'location "fra1" is not offered by provider hetzner (offered: fsn1, nbg1, hel1, ash, hil, sin)',
        },
      ]);
    });

    it('rejects a Scaleway pool outside the cluster region', () => {
      const scaleway = CASES.find(c => c.name === 'scaleway')!;
      const request = {
        ...scaleway.request,
        locations: ['fr-par-1', 'fr-par-2', 'nl-ams-1'],
        nodePools: [
          ...scaleway.request.nodePools,
          {
            name: 'ams',
            location: 'nl-ams-1',
            machineType: 'PRO2-M',
            count: 1,
          },
        ],
      };
      expect(
        problemsOf(() => renderClusterManifests(request, scaleway.options)),
      ).toEqual([
        {
          path: 'nodePools[2].location',
          message: expect.stringContaining(
            "must be in the cluster's Scaleway region fr-par",
          ),
        },
      ]);
    });

    it('names missing provider settings and bad machine types', () => {
      const ionos = CASES.find(c => c.name === 'ionos')!;
      expect(
        problemsOf(() => renderClusterManifests(ionos.request)).map(
          p => p.path,
        ),
      ).toEqual([
        'settings.datacenterID',
        'settings.controlPlaneEndpointHost',
        'settings.imageID',
      ]);
      const request = {
        ...ionos.request,
        nodePools: [{ ...ionos.request.nodePools[0], machineType: 'large' }],
      };
      expect(
        problemsOf(() => renderClusterManifests(request, ionos.options)),
      ).toEqual([
        {
          path: 'nodePools[0].machineType',
          message: expect.stringContaining(
            'must be an IONOS machine type like VCPU-8-32',
          ),
        },
      ]);
    });

    it('rejects an invalid request before rendering', () => {
      expect(
        problemsOf(() =>
          renderClusterManifests({ ...CASES[0].request, name: 'Not_A_Name' }),
        ).map(p => p.path),
      ).toEqual(['name']);
    });
  });

  // Every rendered object of every Cluster API provider must pass the schema kit.
  describe.each(CASES)('$name output', c => {
    it('passes validate.mjs --strict', () => {
      // Skipped (with the warning below) where the schema kit is not installed.
      if (!VALIDATOR_READY) return;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovereign-render-'));
      try {
        const objects = rendered.get(c.name)!;
        fs.writeFileSync(
          path.join(dir, 'cluster.json'),
          JSON.stringify(objects),
        );
        let output: string;
        try {
          output = execFileSync(
            process.execPath,
            [VALIDATOR, '--strict', dir],
            {
              encoding: 'utf8',
            },
          );
        } catch (error) {
          // Exit status 1: show which objects failed and why.
          throw new Error(
            String((error as { stdout?: string }).stdout ?? error),
          );
        }
        if (process.env.SC_PRINT_VALIDATOR_SUMMARY) {
          process.stdout.write(
            `validate.mjs --strict (${c.name}): ${output
              .trim()
              .split('\n')
              .pop()}\n`,
          );
        }
        expect(output).toMatch(
          new RegExp(`^${objects.length} passed, 0 failed$`, 'm'),
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  // The admission webhook checks topology variables against the ClusterClass; do it here.
  describe.each(CASES)('$name ClusterClass', c => {
    const file = path.join(
      REPO_ROOT,
      'templates/clusterclasses',
      c.classRef.replace(/^sovereign-|-v1$/g, ''),
      'clusterclass.yaml',
    );
    const clusterClass = parse(fs.readFileSync(file, 'utf8'));
    type Schema = { type: string; enum?: unknown[]; pattern?: string };
    const declared = new Map<string, { required: boolean; schema: Schema }>(
      clusterClass.spec.variables.map(
        (v: {
          name: string;
          required: boolean;
          schema: { openAPIV3Schema: Schema };
        }) => [
          v.name,
          { required: v.required, schema: v.schema.openAPIV3Schema },
        ],
      ),
    );
    const typeOf = (value: unknown) => {
      if (Array.isArray(value)) return 'array';
      return Number.isInteger(value) ? 'integer' : typeof value;
    };
    const checkValue = (name: string, value: unknown) => {
      const variable = declared.get(name);
      expect({ name, declared: variable !== undefined }).toEqual({
        name,
        declared: true,
      });
      const { schema } = variable!;
      expect({ name, type: typeOf(value) }).toEqual({
        name,
        type: schema.type,
      });
      if (schema.enum) expect(schema.enum).toContain(value);
      if (schema.pattern) expect(value).toMatch(new RegExp(schema.pattern));
    };

    it('declares every variable the renderer sets, with a matching type', () => {
      expect(clusterClass.metadata.name).toBe(c.classRef);
      const { topology } = topologyOf(rendered.get(c.name)!);
      for (const { name, value } of topology.variables) checkValue(name, value);
      for (const deployment of topology.workers.machineDeployments) {
        expect(deployment.class).toBe(
          clusterClass.spec.workers.machineDeployments[0].class,
        );
        for (const { name, value } of deployment.variables.overrides)
          checkValue(name, value);
      }
    });

    it('gets a value for every required variable without a default', () => {
      const { topology } = topologyOf(rendered.get(c.name)!);
      const set = topology.variables.map(v => v.name);
      const needed = [...declared]
        .filter(
          ([, { required, schema }]) =>
            required && (schema as { default?: unknown }).default === undefined,
        )
        .map(([name]) => name);
      expect(set).toEqual(expect.arrayContaining(needed));
    });
  });

  if (!VALIDATOR_READY) {
    // eslint-disable-next-line no-console
    console.warn(
      `Skipping the schema check: run npm install in ${path.dirname(
        VALIDATOR,
      )} first.`,
    );
  }
});
