import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';
import { renderWorkload } from './renderWorkload';
import { frontendWorkload, ledgerWorkload, testFleet } from './testFleet';

function render(workload = ledgerWorkload(), fleet = testFleet()) {
  const plan = planPlacement(workload, fleet);
  return { plan, rendered: renderWorkload(workload, plan, fleet) };
}

const byKind = (objects: KubernetesObject[], kind: string) =>
  objects.filter(o => o.kind === kind) as any[];

describe('renderWorkload', () => {
  it('renders a StatefulSet per chosen cluster with its replicas and fitting storage class', () => {
    const { plan, rendered } = render();
    expect(plan.schedulable).toBe(true);
    expect(rendered.kind).toBe('StatefulSet');
    expect(
      rendered.clusters.map(c => [
        c.cluster,
        c.provider,
        c.replicas,
        c.storageClasses.data,
      ]),
    ).toEqual([
      ['hetzner-fsn1', 'hetzner', 2, 'ceph-block-encrypted'],
      ['ionos-txl-prod', 'ionos', 2, 'longhorn-3-encrypted'],
      ['scw-par1-prod', 'scaleway', 2, 'simplyblock'],
    ]);
    const total = rendered.clusters.reduce((n, c) => n + c.replicas, 0);
    expect(total).toBe(6);
    for (const c of rendered.clusters) {
      const [sts] = byKind(c.objects, 'StatefulSet');
      expect(sts.spec.replicas).toBe(c.replicas);
      expect(sts.spec.volumeClaimTemplates[0].spec).toEqual({
        accessModes: ['ReadWriteOnce'],
        storageClassName: c.storageClasses.data,
        resources: { requests: { storage: '20Gi' } },
      });
      expect(sts.spec.serviceName).toBe('ledger-headless');
      expect(c.objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
        'StatefulSet/ledger',
        'Service/ledger',
        'Service/ledger-headless',
        'NetworkPolicy/ledger',
      ]);
      for (const o of c.objects) expect(o.metadata.namespace).toBe('payments');
    }
  });

  it('only lets allowed clusters through: AWS (US) and OVH (no storage) are never used', () => {
    const { rendered } = render();
    expect(rendered.allowedClusters).toEqual([
      'hetzner-fsn1',
      'ionos-txl-prod',
      'scw-par1-prod',
    ]);
    expect(rendered.clusters.map(c => c.cluster)).not.toContain('aws-use1');
  });

  it('uses Argo CD names and entity refs of the clusters', () => {
    const { rendered } = render();
    expect(
      rendered.clusters.map(c => [c.cluster, c.argoCdCluster, c.entityRef]),
    ).toEqual([
      ['hetzner-fsn1', 'hz-fsn1-prod', 'sovereigncluster:default/hz-fsn1-prod'],
      [
        'ionos-txl-prod',
        'ionos-berlin',
        'sovereigncluster:default/ionos-txl-prod',
      ],
      [
        'scw-par1-prod',
        'scw-par1-prod',
        'sovereigncluster:default/scw-par1-prod',
      ],
    ]);
  });

  it('renders the container: image, ports, env by Secret reference, requests and limits', () => {
    const { rendered } = render();
    const [sts] = byKind(rendered.clusters[0].objects, 'StatefulSet');
    const container = sts.spec.template.spec.containers[0];
    expect(container.image).toBe('registry.example.eu/payments/ledger:1.4.2');
    expect(container.ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ]);
    expect(container.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      {
        name: 'DB_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'ledger-db', key: 'password' } },
      },
    ]);
    expect(container.resources).toEqual({
      requests: { cpu: '250m', memory: '512Mi' },
      limits: { cpu: '1000m', memory: '1024Mi' },
    });
    expect(container.volumeMounts).toEqual([
      { name: 'data', mountPath: '/var/lib/ledger' },
    ]);
  });

  it('labels every object with app.kubernetes.io/* and the placement', () => {
    const { rendered } = render();
    expect(rendered.placementId).toMatch(/^p-[0-9a-f]{12}$/);
    for (const c of rendered.clusters) {
      for (const o of c.objects) {
        expect(o.metadata.labels).toEqual({
          'app.kubernetes.io/name': 'ledger',
          'app.kubernetes.io/instance': 'payments-ledger',
          'app.kubernetes.io/version': '1.4.2',
          'app.kubernetes.io/managed-by': 'sovereign-cloud',
          'sovereign-cloud.io/placement': rendered.placementId,
        });
      }
    }
    // Another placement, another id.
    const other = render(ledgerWorkload({ replicas: 9 })).rendered;
    expect(other.placementId).not.toBe(rendered.placementId);
  });

  it('denies ingress except the declared ports from the declared namespaces', () => {
    const { rendered } = render();
    const [policy] = byKind(rendered.clusters[0].objects, 'NetworkPolicy');
    expect(policy.spec).toEqual({
      podSelector: {
        matchLabels: {
          'app.kubernetes.io/name': 'ledger',
          'app.kubernetes.io/instance': 'payments-ledger',
        },
      },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [
                  {
                    key: 'kubernetes.io/metadata.name',
                    operator: 'In',
                    values: ['ingress-nginx', 'payments'],
                  },
                ],
              },
            },
          ],
          ports: [
            { port: 8080, protocol: 'TCP' },
            { port: 9090, protocol: 'TCP' },
          ],
        },
      ],
    });
  });

  it('renders a stateless workload as a Deployment without claims', () => {
    const { rendered } = render(frontendWorkload());
    expect(rendered.kind).toBe('Deployment');
    expect(rendered.clusters.map(c => c.replicas).reduce((a, b) => a + b)).toBe(
      5,
    );
    for (const c of rendered.clusters) {
      expect(c.objects.map(o => o.kind)).toEqual([
        'Deployment',
        'Service',
        'NetworkPolicy',
      ]);
      expect(c.storageClasses).toEqual({});
      const [deployment] = byKind(c.objects, 'Deployment');
      expect(deployment.spec.replicas).toBe(c.replicas);
      expect(deployment.metadata.labels['app.kubernetes.io/version']).toBe(
        '0123456789ab',
      );
    }
    // Same-namespace ingress by default.
    const [policy] = byKind(rendered.clusters[0].objects, 'NetworkPolicy');
    expect(
      policy.spec.ingress[0].from[0].namespaceSelector.matchExpressions[0]
        .values,
    ).toEqual(['shop']);
  });

  it('uses the default class when a volume asks nothing', () => {
    const workload = ledgerWorkload({
      volumes: [{ name: 'cache', sizeGiB: 1, mountPath: '/cache' }],
    });
    const { rendered } = render(workload);
    expect(rendered.clusters.map(c => c.storageClasses.cache)).toEqual([
      'ceph-block',
      'longhorn',
      'simplyblock',
    ]);
  });

  it('names the cluster when no storage class fits', () => {
    const workload = ledgerWorkload({
      volumes: [
        {
          name: 'data',
          sizeGiB: 5,
          mountPath: '/data',
          storage: { replication: 3 },
        },
      ],
    });
    const fleet = testFleet();
    const plan = planPlacement(workload, fleet);
    // IONOS: default replication 2, its 3-copy class is fine; drop that class.
    const ionos = fleet[1].entity.spec.storage!;
    ionos.classes = ionos.classes!.filter(c => c.name === 'longhorn');
    expect(() => renderWorkload(workload, plan, fleet)).toThrow(
      /clusters\[ionos-txl-prod\]\.spec\.storage\.classes: no storage class on cluster "ionos-txl-prod" fits volume "data" \(wants replication ≥ 3\); classes: longhorn \(replication 2, default\)/,
    );
  });

  it('rejects a plan that cannot be placed, or is for another workload', () => {
    const workload = ledgerWorkload({
      sovereignty: { allowedJurisdictions: ['CH'] },
    });
    const fleet = testFleet();
    const plan = planPlacement(workload, fleet);
    expect(() => renderWorkload(workload, plan, fleet)).toThrow(
      /^placement\.schedulable: workload "ledger" cannot be placed: no cluster passes/,
    );
    const other = planPlacement(frontendWorkload(), fleet);
    expect(() => renderWorkload(ledgerWorkload(), other, fleet)).toThrow(
      'placement.workload: plan is for "frontend", not "ledger"',
    );
  });

  it('rejects a placement naming a cluster it was not given', () => {
    const fleet = testFleet();
    const plan = planPlacement(ledgerWorkload(), fleet);
    expect(() =>
      renderWorkload(ledgerWorkload(), plan, fleet.slice(1)),
    ).toThrow(
      'clusters: no SovereignCluster with Karmada member name "hetzner-fsn1"',
    );
  });

  it.each([
    [{ namespace: 'Payments' }, 'workload.namespace'],
    [{ name: '1ledger' }, 'workload.name'],
    [
      { template: { ...ledgerWorkload().template, image: 'ledger' } },
      'workload.template.image: must pin a tag or digest',
    ],
    [
      {
        template: {
          ...ledgerWorkload().template,
          env: [{ name: 'DB_PASSWORD', value: 'hunter2' }],
        },
      },
      'workload.template.env[0].value: "DB_PASSWORD" looks like a secret',
    ],
    [
      {
        template: {
          ...ledgerWorkload().template,
          env: [
            { name: 'MODE', value: 'a', secretRef: { name: 's', key: 'k' } },
          ],
        },
      },
      'workload.template.env[0].value: needs exactly one of value or secretRef',
    ],
    [
      {
        template: {
          ...ledgerWorkload().template,
          ports: [{ name: 'http', containerPort: 70000 }],
        },
      },
      'workload.template.ports[0].containerPort',
    ],
    [
      {
        template: {
          ...ledgerWorkload().template,
          ports: [
            { name: 'http', containerPort: 80 },
            { name: 'http', containerPort: 81 },
          ],
        },
      },
      'workload.template.ports[1].name: "http" is used by another port',
    ],
    [
      { volumes: [{ name: 'data', sizeGiB: 1, mountPath: 'data' }] },
      'workload.volumes[0].mountPath: must be an absolute path',
    ],
    [{ template: undefined }, 'workload.template'],
  ])('rejects bad input %# naming the field', (overrides, message) => {
    const fleet = testFleet();
    const plan = planPlacement(ledgerWorkload(), fleet);
    const workload = { ...ledgerWorkload(), ...overrides };
    expect(() => renderWorkload(workload, plan, fleet)).toThrow(message);
  });

  it('never puts a secret value into a manifest', () => {
    const { rendered } = render();
    const text = JSON.stringify(rendered.clusters);
    expect(text).not.toMatch(/"kind":"Secret"/);
    for (const c of rendered.clusters) {
      const [sts] = byKind(c.objects, 'StatefulSet');
      const secretEnv = sts.spec.template.spec.containers[0].env.filter(
        (env: any) => /PASSWORD/.test(env.name),
      );
      expect(secretEnv).toEqual([
        {
          name: 'DB_PASSWORD',
          valueFrom: { secretKeyRef: { name: 'ledger-db', key: 'password' } },
        },
      ]);
    }
  });
});
