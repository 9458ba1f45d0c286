import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderAddonBundle } from './renderAddons';
import {
  kiloEdgeRequest,
  meshedCephRequest,
  simplyblockRequest,
} from './testRequests';
import type { AddonDelivery, AddonRequest } from './types';
import {
  SCHEMA_KIT_VALIDATOR,
  schemaKitInstalled,
  validateStrict,
} from '../testing/schemaKit';

const schemasInstalled = schemaKitInstalled();

function writeBundles(dir: string, requests: AddonRequest[]) {
  for (const request of requests) {
    const bundle = renderAddonBundle(request);
    const root = path.join(dir, request.clusterName);
    const write = (file: string, objects: object[]) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, objects.map(o => `---\n${stringify(o)}`).join(''));
    };
    write(path.join(root, 'entrypoint.yaml'), [bundle.entrypoint]);
    for (const file of bundle.files) {
      write(path.join(root, file.path, 'objects.yaml'), file.objects);
    }
  }
}

function validate(delivery: AddonDelivery, requests: AddonRequest[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `addons-${delivery}-`));
  try {
    writeBundles(
      dir,
      requests.map(request => ({ ...request, delivery })),
    );
    const { status, stdout, summary } = validateStrict(dir);
    if (process.env.SC_PRINT_VALIDATOR_SUMMARY) {
      process.stdout.write(`validate.mjs --strict (${delivery}): ${summary}\n`);
    }
    return { status, stdout, summary };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const describeIfSchemas = schemasInstalled ? describe : describe.skip;
if (!schemasInstalled) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the schema check of rendered add-ons: run "npm install" beside ${SCHEMA_KIT_VALIDATOR} first`,
  );
}

describeIfSchemas('rendered add-ons against the upstream schemas', () => {
  it('Flux delivery passes validate.mjs --strict', () => {
    const { status, stdout, summary } = validate('flux', [
      meshedCephRequest(),
      kiloEdgeRequest(),
      simplyblockRequest(),
      meshedCephRequest({
        clusterName: 'hz-nbg1-oci',
        sources: {
          'kube-prometheus-stack': {
            type: 'oci',
            url: 'oci://registry.example.eu/charts/kube-prometheus-stack',
            chart: 'kube-prometheus-stack',
            version: '88.5.3',
            source: 'sovereign mirror',
            verified: true,
          },
        },
      }),
    ]);
    expect({ status, stdout }).toEqual({
      status: 0,
      stdout: expect.any(String),
    });
    expect(summary).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('Argo CD delivery passes validate.mjs --strict', () => {
    const { status, stdout, summary } = validate('argocd', [
      meshedCephRequest(),
      kiloEdgeRequest({
        overlay: {
          ...kiloEdgeRequest().overlay,
          granularity: 'location',
        } as AddonRequest['overlay'],
      }),
      simplyblockRequest(),
    ]);
    expect({ status, stdout }).toEqual({
      status: 0,
      stdout: expect.any(String),
    });
    expect(summary).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('would catch a misspelled field (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addons-broken-'));
    try {
      const bundle = renderAddonBundle(meshedCephRequest());
      const pool: any = bundle.files[1].objects.find(
        o => o.kind === 'CephBlockPool',
      );
      pool.spec.failureDomian = pool.spec.failureDomain;
      fs.writeFileSync(path.join(dir, 'pool.yaml'), stringify(pool));
      const result = validateStrict(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('unknown field "spec.failureDomian"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
