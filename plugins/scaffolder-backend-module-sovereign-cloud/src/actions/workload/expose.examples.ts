import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { ledgerWorkload } from './place.examples';

/** The ledger's edge: k8gb round robin over the three EU clusters, TLS from an EU ACME CA. The tests run it. */
export const ledgerEdge = {
  hostname: 'ledger.payments.example.eu',
  port: 'http',
  paths: ['/api', '/healthz'],
  gatewayClassName: 'cilium',
  tls: {
    issuer: {
      kind: 'acme',
      server: 'https://acme-api.actalis.com/acme/directory',
      operatorCountry: 'IT',
      email: 'platform@example.eu',
      solver: { type: 'http01' },
    },
  },
  globalEntry: {
    strategy: 'k8gb',
    type: 'roundRobin',
    geoTags: {
      'hz-fsn1': 'eu-de-fsn',
      'ionos-txl': 'eu-de-ber',
      'scw-par': 'eu-fr-par',
    },
    dns: { service: 'PowerDNS', providers: ['hetzner', 'scaleway'] },
  },
};

export const examples: TemplateExample[] = [
  {
    description:
      'Expose the ledger at ledger.payments.example.eu: a Gateway, HTTPRoute and Certificate on each chosen cluster and a k8gb Gslb, applied directly to every cluster',
    example: yaml.stringify({
      steps: [
        {
          id: 'expose',
          action: 'sovereign-cloud:workload:expose',
          name: 'Expose the workload',
          input: {
            workload: ledgerWorkload,
            edge: ledgerEdge,
            engine: 'direct',
          },
        },
      ],
    }),
  },
  {
    description:
      'Expose the ledger through Karmada: the edge objects as resource templates, propagated to exactly the chosen clusters',
    example: yaml.stringify({
      steps: [
        {
          id: 'expose',
          action: 'sovereign-cloud:workload:expose',
          name: 'Expose the workload',
          input: {
            workload: ledgerWorkload,
            edge: ledgerEdge,
            engine: 'karmada',
            karmada: { cluster: 'karmada-eu' },
          },
        },
      ],
    }),
  },
];
