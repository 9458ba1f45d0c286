import { InputError } from '@backstage/errors';
import { isEuEeaCountry } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { isIP } from 'node:net';
import { z } from 'zod';

// RFC 1123 names: Kubernetes object and Secret names.
const objectName = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
    message: 'must be a lowercase RFC 1123 subdomain (a-z, 0-9, -, .)',
  });
const secretKeyRef = z
  .object({
    name: objectName,
    key: z.string().regex(/^[-._a-zA-Z0-9]+$/, {
      message: 'must be a Secret data key',
    }),
  })
  .strict();
const hostname = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/,
    { message: 'must be a fully qualified lowercase DNS name (no wildcard)' },
  );
const ipv4 = z.string().refine(v => isIP(v) === 4, {
  message: 'must be an IPv4 address',
});
const ipAddress = z.string().refine(v => isIP(v) !== 0, {
  message: 'must be an IPv4 or IPv6 address',
});
const asn = z.number().int().min(1).max(4294967295);
// Kubernetes member names of the placement (RFC 1123 labels).
const clusterName = z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
  message: 'must be a cluster member name of the placement',
});

/**
 * ACME directories operated outside the EU/EEA: the CA's operator answers to
 * that jurisdiction, whatever country is declared for it.
 */
const NON_EU_ACME_HOSTS: Readonly<Record<string, string>> = {
  'acme-v02.api.letsencrypt.org': "Let's Encrypt (ISRG, US)",
  'acme-staging-v02.api.letsencrypt.org': "Let's Encrypt (ISRG, US)",
  'dv.acme-v02.api.pki.goog': 'Google Trust Services (US)',
  'acme.zerossl.com': 'ZeroSSL (US)',
  'acme.ssl.com': 'SSL.com (US)',
};

const http01 = z.object({ type: z.literal('http01') }).strict();
const dns01 = z
  .object({
    type: z.literal('dns01'),
    /** RFC 2136 dynamic update: works with any self-run or EU DNS server. */
    rfc2136: z
      .object({
        nameserver: z.string().regex(/^(\[[0-9a-fA-F:]+\]|[^\s:]+)(:\d+)?$/, {
          message: 'must be host or host:port of the DNS server',
        }),
        tsigKeyName: z.string().min(1),
        tsigAlgorithm: z
          .enum(['HMACSHA256', 'HMACSHA384', 'HMACSHA512'])
          .default('HMACSHA512'),
        /** The TSIG key stays in this Secret; only its name is rendered. */
        tsigSecretRef: secretKeyRef,
      })
      .strict(),
  })
  .strict();

const acmeIssuer = z
  .object({
    kind: z.literal('acme'),
    /** ClusterIssuer name; default derived from the workload. */
    name: objectName.optional(),
    server: z
      .url({ protocol: /^https$/, message: 'must be an https:// URL' })
      .superRefine((url, ctx) => {
        const host = new URL(url).hostname;
        const operator = NON_EU_ACME_HOSTS[host];
        if (operator) {
          ctx.addIssue({
            code: 'custom',
            message: `is run by ${operator}, outside the EU/EEA; use an EU-hosted ACME CA or an internal CA`,
          });
        }
      }),
    /** Country of the ACME CA's operator (ISO 3166-1 alpha-2), as declared by the platform. */
    operatorCountry: z.string().refine(isEuEeaCountry, {
      message: 'must be an EU/EEA country code: the ACME CA must be EU-hosted',
    }),
    email: z.email({ message: 'must be an e-mail address' }),
    solver: z.discriminatedUnion('type', [http01, dns01], {
      message: 'type must be "http01" or "dns01"',
    }),
  })
  .strict();

const caIssuer = z
  .object({
    kind: z.literal('ca'),
    name: objectName.optional(),
    /** Secret (in cert-manager's cluster resource namespace) with the CA key pair. */
    secretName: objectName,
  })
  .strict();

/** Where the authoritative DNS for the name runs: decides which provider loss takes the entry down. */
const dnsAuthority = z
  .object({
    /** The DNS service, e.g. "PowerDNS" or "Hetzner DNS". */
    service: z.string().min(1),
    /** Provider names (as in the catalogue) hosting the authoritative servers. */
    providers: z.array(z.string().min(1)).min(1),
  })
  .strict();

const k8gbEntry = z
  .object({
    strategy: z.literal('k8gb'),
    type: z.enum(['roundRobin', 'failover', 'geoip']),
    /** k8gb geo tag of each cluster (its CLUSTER_GEO_TAG). */
    geoTags: z.record(clusterName, z.string().min(1)),
    /** Only for failover: the geo tag served while it is healthy. */
    primaryGeoTag: z.string().min(1).optional(),
    dnsTtlSeconds: z.number().int().min(1).max(86400).default(30),
    dns: dnsAuthority,
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.type === 'failover' && !entry.primaryGeoTag) {
      ctx.addIssue({
        code: 'custom',
        path: ['primaryGeoTag'],
        message: 'is required for the failover strategy',
      });
    } else if (entry.type !== 'failover' && entry.primaryGeoTag) {
      ctx.addIssue({
        code: 'custom',
        path: ['primaryGeoTag'],
        message: `is only valid for failover, not ${entry.type}`,
      });
    } else if (
      entry.primaryGeoTag &&
      !Object.values(entry.geoTags).includes(entry.primaryGeoTag)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['primaryGeoTag'],
        message: `"${entry.primaryGeoTag}" is not the geo tag of any cluster in geoTags`,
      });
    }
  });

const externalDnsEntry = z
  .object({
    strategy: z.literal('external-dns'),
    recordTtlSeconds: z.number().int().min(1).max(86400).default(60),
    /** Per cluster: the Gateway's address and the DNS provider's health-check settings. */
    sites: z.record(
      clusterName,
      z
        .object({
          address: ipv4,
          /** external-dns providerSpecific properties that attach the health check. */
          healthCheck: z
            .array(
              z.object({ name: z.string().min(1), value: z.string() }).strict(),
            )
            .min(1, {
              message: 'must configure the health check of the record',
            }),
        })
        .strict(),
    ),
    dns: dnsAuthority,
  })
  .strict();

const bgpPeer = z
  .object({
    address: ipAddress,
    asn,
    /** Secret with the BGP session password (key "password"); never inline. */
    passwordSecret: objectName.optional(),
  })
  .strict();

const anycastEntry = z
  .object({
    strategy: z.literal('anycast'),
    /** The one address announced at every site. */
    address: ipv4,
    /** BGP communities attached to the announcement, e.g. "65000:100". */
    communities: z
      .array(
        z.string().regex(/^\d{1,5}:\d{1,5}$|^large:\d+:\d+:\d+$/, {
          message: 'must be a BGP community "asn:value" or "large:a:b:c"',
        }),
      )
      .default([]),
    metallbNamespace: objectName.default('metallb-system'),
    /** Per cluster (site): local ASN and the routers it peers with. */
    sites: z.record(
      clusterName,
      z.object({ myASN: asn, peers: z.array(bgpPeer).min(1) }).strict(),
    ),
  })
  .strict();

/**
 * The `edge` section of a workload request: one hostname served through a
 * Gateway in every chosen cluster, TLS by cert-manager and a global entry.
 * @public
 */
export const edgeRequestSchema = z
  .object({
    hostname,
    protocol: z.enum(['http', 'grpc']).default('http'),
    /** Name of the workload's Service port to route to; default its first port. */
    port: z.string().min(1).optional(),
    /** Path prefixes (http only). */
    paths: z
      .array(
        z.string().regex(/^\/[^\s?#]*$/, {
          message: 'must be an absolute path prefix starting with "/"',
        }),
      )
      .min(1)
      .optional(),
    gatewayClassName: objectName,
    /**
     * Where the class runs its proxies, when outside the workload's
     * namespace: the workload's default-deny policy must let them in.
     */
    gatewayDataPlane: z
      .object({
        namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
          message: 'must be a namespace name (RFC 1123 label)',
        }),
        podLabels: z.record(z.string(), z.string()).optional(),
      })
      .strict()
      .optional(),
    tls: z.object({
      issuer: z.discriminatedUnion('kind', [acmeIssuer, caIssuer], {
        message: 'kind must be "acme" or "ca"',
      }),
    }),
    globalEntry: z.discriminatedUnion(
      'strategy',
      [k8gbEntry, externalDnsEntry, anycastEntry],
      { message: 'strategy must be "k8gb", "external-dns" or "anycast"' },
    ),
  })
  .strict()
  .superRefine((edge, ctx) => {
    if (edge.protocol === 'grpc' && edge.paths) {
      ctx.addIssue({
        code: 'custom',
        path: ['paths'],
        message: 'is for http only; a GRPCRoute routes every gRPC service',
      });
    }
  });

/** @public */
export type EdgeRequestInput = z.input<typeof edgeRequestSchema>;
/** @public */
export type EdgeRequest = z.output<typeof edgeRequestSchema>;
/** @public */
export type EdgeGlobalEntry = EdgeRequest['globalEntry'];

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`,
    'edge',
  );
}

/**
 * Validates the `edge` section; throws `InputError` starting with the field
 * (e.g. `edge.tls.issuer.server: ...`).
 * @public
 */
export function parseEdgeRequest(value: unknown): EdgeRequest {
  const result = edgeRequestSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${pathText(issue.path)}: ${issue.message}`);
  }
  return result.data;
}
