import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { KubernetesObject } from '../kubernetes/types';
import {
  SCHEMA_KIT_VALIDATOR,
  schemaKitInstalled,
  validateStrict,
} from '../provisioning/testing/schemaKit';
import { renderEdge } from './renderEdge';
import {
  anycastEdge,
  externalDnsEdge,
  k8gbEdge,
  placedFrontendOnPrivateSites,
  placedLedger,
} from './testEdge';

const schemasInstalled = schemaKitInstalled();

function validateEdge(label: string, edge: ReturnType<typeof renderEdge>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `edge-${label}-`));
  try {
    for (const c of edge.clusters) {
      const objects: KubernetesObject[] = [c.clusterIssuer, ...c.objects];
      fs.writeFileSync(
        path.join(dir, `${c.cluster}.yaml`),
        objects.map(o => `---\n${stringify(o)}`).join(''),
      );
    }
    const result = validateStrict(dir);
    if (process.env.SC_PRINT_VALIDATOR_SUMMARY) {
      process.stdout.write(
        `validate.mjs --strict (edge ${label}): ${result.summary}\n`,
      );
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function renderAll() {
  const ledger = placedLedger();
  const frontend = placedFrontendOnPrivateSites();
  return {
    k8gb: renderEdge(k8gbEdge(), ledger.rendered, ledger.fleet),
    'k8gb-failover': renderEdge(
      k8gbEdge({ type: 'failover', primaryGeoTag: 'eu-de-fsn' }),
      ledger.rendered,
      ledger.fleet,
    ),
    'external-dns': renderEdge(
      externalDnsEdge(),
      ledger.rendered,
      ledger.fleet,
    ),
    anycast: renderEdge(anycastEdge(), frontend.rendered, frontend.fleet, {
      providers: frontend.providers,
    }),
  };
}

const describeIfSchemas = schemasInstalled ? describe : describe.skip;
if (!schemasInstalled) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the schema check of rendered edges: run "npm install" beside ${SCHEMA_KIT_VALIDATOR} first`,
  );
}

describeIfSchemas('rendered edges against the upstream schemas', () => {
  it.each([
    // Per cluster: ClusterIssuer, Gateway, route, Certificate + entry objects.
    ['k8gb', 3 * 5],
    ['k8gb-failover', 3 * 5],
    // ... and a NetworkPolicy for the Gateway's proxies.
    ['external-dns', 3 * 6],
    // dc-fra has two BGP peers, dc-ams and edge-muc one each.
    ['anycast', 3 * 7 + 1],
  ] as const)('%s passes validate.mjs --strict', (label, count) => {
    const { status, stdout, summary } = validateEdge(label, renderAll()[label]);
    expect({
      status,
      failures: stdout.split('\n').filter(l => /FAIL|^\s+-/.test(l)),
    }).toEqual({
      status: 0,
      failures: [],
    });
    expect(summary).toBe(`${count} passed, 0 failed`);
  });

  it('would catch a misspelled field (the check can fail)', () => {
    const edge = renderAll().k8gb;
    const gslb = edge.clusters[0].objects.find(o => o.kind === 'Gslb') as any;
    gslb.spec.strategy.primaryGeoTags = 'eu-de-fsn';
    const { status, stdout } = validateEdge('broken', {
      ...edge,
      clusters: [edge.clusters[0]],
    });
    expect(status).toBe(1);
    expect(stdout).toContain('primaryGeoTags');
  });
});
