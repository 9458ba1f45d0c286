import { InputError } from '@backstage/errors';
import {
  type CloudProviderEntity,
  type SovereignClusterEntity,
  defaultCloudProviders,
  parseCloudProviderRef,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';
import { MANAGED_BY, selectorLabels } from '../workloads/renderObjects';
import { karmadaMemberOf } from '../workloads/renderWorkload';
import {
  LABEL_PLACEMENT,
  type RenderedWorkload,
  type WorkloadClusterInput,
} from '../workloads/types';
import { type EdgeRequest, parseEdgeRequest } from './edgeRequest';
import type {
  ClusterEdgeManifests,
  RenderEdgeOptions,
  RenderedEdge,
} from './types';

const GATEWAY_API = 'gateway.networking.k8s.io';

/**
 * Put on the Gateway's load balancer Service through
 * `spec.infrastructure.labels`, so k8gb can find that Service.
 * @public
 */
export const LABEL_EDGE_GATEWAY = 'sovereign-cloud.io/edge-gateway';

type EdgeContext = {
  edge: EdgeRequest;
  rendered: RenderedWorkload;
  gatewayName: string;
  tlsSecretName: string;
  issuerName: string;
  servicePort: number;
  /** Pod port behind the Service port. */
  containerPort: number;
  labels: Record<string, string>;
  /** Value of LABEL_EDGE_GATEWAY: identifies this edge's Gateway. */
  gatewayId: string;
};

function name63(text: string): string {
  return text.slice(0, 63).replace(/[-.]+$/, '');
}

function providerKey(ref: string): string {
  try {
    return parseCloudProviderRef(ref).name.toLocaleLowerCase('en-US');
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}

/** The port the routes point at: named by `edge.port`, else the first. */
function portOf(edge: EdgeRequest, rendered: RenderedWorkload) {
  const ports = rendered.workload.template.ports ?? [];
  if (!ports.length) {
    throw new InputError(
      `edge.port: workload "${rendered.workload.name}" declares no port to expose`,
    );
  }
  const port = edge.port ? ports.find(p => p.name === edge.port) : ports[0];
  if (!port) {
    throw new InputError(
      `edge.port: workload "${rendered.workload.name}" has no port "${
        edge.port
      }" (ports: ${ports.map(p => p.name).join(', ')})`,
    );
  }
  return port;
}

function gatewayObject(
  ctx: EdgeContext,
  address: string | undefined,
): KubernetesObject {
  const { edge, rendered } = ctx;
  const issuer = edge.tls.issuer;
  const http01 = issuer.kind === 'acme' && issuer.solver.type === 'http01';
  return {
    apiVersion: `${GATEWAY_API}/v1`,
    kind: 'Gateway',
    metadata: {
      name: ctx.gatewayName,
      namespace: rendered.workload.namespace,
      labels: ctx.labels,
    },
    spec: {
      gatewayClassName: edge.gatewayClassName,
      infrastructure: { labels: { [LABEL_EDGE_GATEWAY]: ctx.gatewayId } },
      // A fixed address for DNS records and anycast; otherwise the class picks one.
      ...(address
        ? { addresses: [{ type: 'IPAddress', value: address }] }
        : {}),
      listeners: [
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: edge.hostname,
          tls: {
            mode: 'Terminate',
            certificateRefs: [
              { group: '', kind: 'Secret', name: ctx.tlsSecretName },
            ],
          },
          allowedRoutes: { namespaces: { from: 'Same' } },
        },
        // Plain HTTP only so that cert-manager can answer HTTP-01 challenges.
        ...(http01
          ? [
              {
                name: 'http',
                protocol: 'HTTP',
                port: 80,
                hostname: edge.hostname,
                allowedRoutes: { namespaces: { from: 'Same' } },
              },
            ]
          : []),
      ],
    },
  };
}

function routeObject(ctx: EdgeContext): KubernetesObject {
  const { edge, rendered } = ctx;
  const parentRefs = [
    {
      group: GATEWAY_API,
      kind: 'Gateway',
      name: ctx.gatewayName,
      sectionName: 'https',
    },
  ];
  const backendRefs = [
    {
      group: '',
      kind: 'Service',
      name: rendered.workload.name,
      port: ctx.servicePort,
    },
  ];
  const metadata = {
    name: rendered.workload.name,
    namespace: rendered.workload.namespace,
    labels: ctx.labels,
  };
  if (edge.protocol === 'grpc') {
    return {
      apiVersion: `${GATEWAY_API}/v1`,
      kind: 'GRPCRoute',
      metadata,
      spec: {
        parentRefs,
        hostnames: [edge.hostname],
        rules: [{ backendRefs }],
      },
    };
  }
  return {
    apiVersion: `${GATEWAY_API}/v1`,
    kind: 'HTTPRoute',
    metadata,
    spec: {
      parentRefs,
      hostnames: [edge.hostname],
      rules: [
        {
          matches: (edge.paths ?? ['/']).map(value => ({
            path: { type: 'PathPrefix', value },
          })),
          backendRefs,
        },
      ],
    },
  };
}

/** Lets the Gateway's proxies through the workload's default-deny policy. */
function dataPlanePolicy(ctx: EdgeContext): KubernetesObject[] {
  const dataPlane = ctx.edge.gatewayDataPlane;
  const { workload } = ctx.rendered;
  if (!dataPlane || dataPlane.namespace === workload.namespace) return [];
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {
        name: ctx.gatewayName,
        namespace: workload.namespace,
        labels: ctx.labels,
      },
      spec: {
        podSelector: { matchLabels: selectorLabels(workload) },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: {
                    'kubernetes.io/metadata.name': dataPlane.namespace,
                  },
                },
                ...(dataPlane.podLabels
                  ? { podSelector: { matchLabels: dataPlane.podLabels } }
                  : {}),
              },
            ],
            ports: [{ port: ctx.containerPort, protocol: 'TCP' }],
          },
        ],
      },
    },
  ];
}

function certificateObject(ctx: EdgeContext): KubernetesObject {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: {
      name: ctx.gatewayName,
      namespace: ctx.rendered.workload.namespace,
      labels: ctx.labels,
    },
    spec: {
      // The key is generated in the cluster and stays in this Secret.
      secretName: ctx.tlsSecretName,
      dnsNames: [ctx.edge.hostname],
      issuerRef: {
        group: 'cert-manager.io',
        kind: 'ClusterIssuer',
        name: ctx.issuerName,
      },
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
    },
  };
}

function clusterIssuerObject(ctx: EdgeContext): KubernetesObject {
  const issuer = ctx.edge.tls.issuer;
  const metadata = { name: ctx.issuerName, labels: ctx.labels };
  if (issuer.kind === 'ca') {
    return {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata,
      spec: { ca: { secretName: issuer.secretName } },
    };
  }
  const solver =
    issuer.solver.type === 'http01'
      ? {
          http01: {
            gatewayHTTPRoute: {
              parentRefs: [
                {
                  group: GATEWAY_API,
                  kind: 'Gateway',
                  name: ctx.gatewayName,
                  namespace: ctx.rendered.workload.namespace,
                  sectionName: 'http',
                },
              ],
            },
          },
        }
      : {
          dns01: {
            rfc2136: {
              nameserver: issuer.solver.rfc2136.nameserver,
              tsigKeyName: issuer.solver.rfc2136.tsigKeyName,
              tsigAlgorithm: issuer.solver.rfc2136.tsigAlgorithm,
              tsigSecretSecretRef: issuer.solver.rfc2136.tsigSecretRef,
            },
          },
        };
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata,
    spec: {
      acme: {
        server: issuer.server,
        email: issuer.email,
        // cert-manager creates the ACME account key in this Secret.
        privateKeySecretRef: { name: `${ctx.issuerName}-account-key` },
        solvers: [{ ...solver, selector: { dnsNames: [ctx.edge.hostname] } }],
      },
    },
  };
}

function siteOf<T>(
  sites: Record<string, T>,
  field: string,
  cluster: string,
): T {
  const site = sites[cluster];
  if (site === undefined) {
    throw new InputError(
      `edge.globalEntry.${field}.${cluster}: missing for cluster "${cluster}", which the placement chose`,
    );
  }
  return site;
}

function entryObjects(ctx: EdgeContext, cluster: string): KubernetesObject[] {
  const { edge, rendered } = ctx;
  const entry = edge.globalEntry;
  const namespace = rendered.workload.namespace;
  if (entry.strategy === 'k8gb') {
    siteOf(entry.geoTags, 'geoTags', cluster);
    return [
      {
        apiVersion: 'k8gb.io/v1beta1',
        kind: 'Gslb',
        metadata: {
          name: ctx.gatewayName,
          namespace,
          labels: ctx.labels,
          // k8gb takes the name from here for a LoadBalancer Service.
          annotations: { 'k8gb.io/hostname': edge.hostname },
        },
        spec: {
          // The Gateway's own load balancer Service: its address is what k8gb serves.
          resourceRef: {
            apiVersion: 'v1',
            kind: 'Service',
            matchLabels: { [LABEL_EDGE_GATEWAY]: ctx.gatewayId },
          },
          strategy: {
            type: entry.type,
            dnsTtlSeconds: entry.dnsTtlSeconds,
            ...(entry.primaryGeoTag
              ? { primaryGeoTag: entry.primaryGeoTag }
              : {}),
          },
        },
      },
    ];
  }
  if (entry.strategy === 'external-dns') {
    const site = siteOf(entry.sites, 'sites', cluster);
    return [
      {
        apiVersion: 'externaldns.k8s.io/v1alpha1',
        kind: 'DNSEndpoint',
        metadata: { name: ctx.gatewayName, namespace, labels: ctx.labels },
        spec: {
          endpoints: [
            {
              dnsName: edge.hostname,
              recordType: 'A',
              targets: [site.address],
              recordTTL: entry.recordTtlSeconds,
              // One record per cluster in a multi-value set, each health-checked.
              setIdentifier: cluster,
              providerSpecific: site.healthCheck,
            },
          ],
        },
      },
    ];
  }
  const site = siteOf(entry.sites, 'sites', cluster);
  const base = name63(`${namespace}-${rendered.workload.name}-anycast`);
  const metadata = (name: string) => ({
    name,
    namespace: entry.metallbNamespace,
    labels: ctx.labels,
  });
  const peers = site.peers.map((peer, i) => ({
    apiVersion: 'metallb.io/v1beta2',
    kind: 'BGPPeer',
    metadata: metadata(name63(`${base}-peer-${i + 1}`)),
    spec: {
      myASN: site.myASN,
      peerASN: peer.asn,
      peerAddress: peer.address,
      ...(peer.passwordSecret
        ? {
            passwordSecret: {
              name: peer.passwordSecret,
              namespace: entry.metallbNamespace,
            },
          }
        : {}),
    },
  }));
  return [
    {
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: metadata(base),
      // Only the Gateway that asks for this address gets it.
      spec: { addresses: [`${entry.address}/32`], autoAssign: false },
    },
    ...peers,
    {
      apiVersion: 'metallb.io/v1beta1',
      kind: 'BGPAdvertisement',
      metadata: metadata(base),
      spec: {
        ipAddressPools: [base],
        peers: peers.map(p => p.metadata.name),
        aggregationLength: 32,
        ...(entry.communities.length ? { communities: entry.communities } : {}),
      },
    },
  ];
}

/** Anycast needs BGP at sites the operator runs: private data centres and edge sites. */
function checkAnycastSites(
  rendered: RenderedWorkload,
  entities: Map<string, SovereignClusterEntity>,
  providers: readonly CloudProviderEntity[],
) {
  const typeOf = new Map(
    providers.map(p => [
      p.metadata.name.toLocaleLowerCase('en-US'),
      p.spec?.type,
    ]),
  );
  for (const c of rendered.clusters) {
    const entity = entities.get(c.cluster);
    if (!entity) {
      throw new InputError(
        `clusters: no SovereignCluster with Karmada member name "${c.cluster}" (from the rendered workload)`,
      );
    }
    const refs = [
      entity.spec.provider,
      ...entity.spec.nodePools.flatMap(p => (p.provider ? [p.provider] : [])),
    ];
    for (const ref of refs) {
      const type = typeOf.get(providerKey(ref));
      if (type !== 'private-dc') {
        throw new InputError(
          `edge.globalEntry.strategy: anycast needs every cluster at a private data centre or edge site, but cluster "${
            c.cluster
          }" runs at provider "${providerKey(ref)}" (${
            type ? `type ${type}` : 'not in the provider catalogue'
          })`,
        );
      }
    }
  }
}

/**
 * Renders the edge of a placed workload: per chosen cluster a Gateway, an
 * HTTPRoute or GRPCRoute to the workload's Service, a cert-manager
 * Certificate and ClusterIssuer, a NetworkPolicy admitting the Gateway's
 * proxies when they run elsewhere, and the global entry objects of the
 * strategy (k8gb Gslb, external-dns DNSEndpoint, or MetalLB anycast). Keys
 * and passwords appear only as Secret references. Pure; throws `InputError`
 * naming the field (or cluster).
 * @public
 */
export function renderEdge(
  edgeInput: unknown,
  rendered: RenderedWorkload,
  clusters: readonly WorkloadClusterInput[],
  options: RenderEdgeOptions = {},
): RenderedEdge {
  const edge = parseEdgeRequest(edgeInput);
  if (!rendered.clusters.length) {
    throw new InputError(
      `rendered.clusters: workload "${rendered.workload.name}" is placed on no cluster`,
    );
  }
  const entities = new Map<string, SovereignClusterEntity>();
  clusters.forEach((input, index) => {
    const entity = input && ('entity' in input ? input.entity : input);
    if (!entity?.spec || !entity.metadata?.name) {
      throw new InputError(
        `clusters[${index}]: must be a SovereignCluster entity`,
      );
    }
    entities.set(karmadaMemberOf(entity), entity);
  });
  if (edge.globalEntry.strategy === 'anycast') {
    checkAnycastSites(
      rendered,
      entities,
      options.providers ?? defaultCloudProviders(),
    );
  }

  const { workload } = rendered;
  const gatewayName = name63(`${workload.name}-edge`);
  const port = portOf(edge, rendered);
  const ctx: EdgeContext = {
    edge,
    rendered,
    gatewayName,
    tlsSecretName: name63(`${workload.name}-edge-tls`),
    issuerName:
      edge.tls.issuer.name ?? `${workload.namespace}-${workload.name}-edge`,
    servicePort: port.servicePort ?? port.containerPort,
    containerPort: port.containerPort,
    gatewayId: name63(`${workload.namespace}.${gatewayName}`),
    labels: {
      ...selectorLabels(workload),
      'app.kubernetes.io/component': 'edge',
      'app.kubernetes.io/managed-by': MANAGED_BY,
      [LABEL_PLACEMENT]: rendered.placementId,
    },
  };
  const entry = edge.globalEntry;
  const perCluster: ClusterEdgeManifests[] = rendered.clusters.map(c => {
    let address: string | undefined;
    if (entry.strategy === 'anycast') address = entry.address;
    if (entry.strategy === 'external-dns') {
      address = siteOf(entry.sites, 'sites', c.cluster).address;
    }
    return {
      cluster: c.cluster,
      provider: c.provider,
      objects: [
        gatewayObject(ctx, address),
        routeObject(ctx),
        certificateObject(ctx),
        ...dataPlanePolicy(ctx),
        ...entryObjects(ctx, c.cluster),
      ],
      clusterIssuer: clusterIssuerObject(ctx),
    };
  });
  return {
    edge,
    hostname: edge.hostname,
    strategy: entry.strategy,
    gatewayName,
    tlsSecretName: ctx.tlsSecretName,
    clusters: perCluster,
  };
}
