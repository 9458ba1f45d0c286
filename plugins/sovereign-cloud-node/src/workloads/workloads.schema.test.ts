import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';
import {
  SCHEMA_KIT_VALIDATOR,
  schemaKitInstalled,
  validateStrict,
} from '../provisioning/testing/schemaKit';
import { renderArgoCdDelivery } from './argoCdDelivery';
import { renderDirectDelivery } from './directDelivery';
import { renderKarmadaDelivery } from './karmadaDelivery';
import { renderWorkload } from './renderWorkload';
import { frontendWorkload, ledgerWorkload, testFleet } from './testFleet';

const schemasInstalled = schemaKitInstalled();

function renderedWorkloads() {
  const fleet = testFleet();
  return [ledgerWorkload(), frontendWorkload()].map(workload =>
    renderWorkload(workload, planPlacement(workload, fleet), fleet),
  );
}

function validateObjects(
  label: string,
  files: Record<string, KubernetesObject[]>,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `workloads-${label}-`));
  try {
    for (const [file, objects] of Object.entries(files)) {
      const target = path.join(dir, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(
        target,
        objects.map(o => `---\n${stringify(o)}`).join(''),
      );
    }
    const result = validateStrict(dir);
    if (process.env.SC_PRINT_VALIDATOR_SUMMARY) {
      process.stdout.write(
        `validate.mjs --strict (${label}): ${result.summary}\n`,
      );
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const describeIfSchemas = schemasInstalled ? describe : describe.skip;
if (!schemasInstalled) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the schema check of rendered workloads: run "npm install" beside ${SCHEMA_KIT_VALIDATOR} first`,
  );
}

describeIfSchemas('rendered workloads against the upstream schemas', () => {
  it.each([
    [
      'karmada',
      (r: ReturnType<typeof renderedWorkloads>) =>
        Object.fromEntries(
          r.map(w => [`${w.workload.name}.yaml`, renderKarmadaDelivery(w)]),
        ),
      7 + 5,
    ],
    [
      'argocd',
      (r: ReturnType<typeof renderedWorkloads>) =>
        Object.fromEntries(
          r.flatMap(w => {
            const delivery = renderArgoCdDelivery(w, {
              repoURL: 'https://git.example.eu/platform/workloads.git',
              path: `workloads/${w.workload.name}`,
            });
            return [
              [`${w.workload.name}-appset.yaml`, [delivery.applicationSet]],
              // kustomization.yaml is kustomize's, not an API object.
              ...delivery.files
                .filter(f => f.path.endsWith('/workload.yaml'))
                .map(f => [f.path, f.objects]),
            ];
          }),
        ),
      2 + 3 * 4 + 3 * 3,
    ],
    [
      'direct',
      (r: ReturnType<typeof renderedWorkloads>) =>
        Object.fromEntries(
          r.flatMap(w =>
            renderDirectDelivery(w).map(d => [
              `${w.workload.name}/${d.cluster}.yaml`,
              d.objects,
            ]),
          ),
        ),
      3 * 5 + 3 * 4,
    ],
  ])('%s delivery passes validate.mjs --strict', (label, files, count) => {
    const { status, stdout, summary } = validateObjects(
      label,
      files(renderedWorkloads()),
    );
    expect({ status, stdout }).toEqual({
      status: 0,
      stdout: expect.any(String),
    });
    expect(summary).toBe(`${count} passed, 0 failed`);
  });

  it('would catch a misspelled Karmada field (the check can fail)', () => {
    const [ledger] = renderedWorkloads();
    const objects = renderKarmadaDelivery(ledger) as any[];
    const policy = objects.find(o => o.kind === 'PropagationPolicy');
    policy.spec.placement.spreadConstraints[0].spreadByFeld = 'provider';
    const { status, stdout } = validateObjects('broken', {
      'p.yaml': [policy],
    });
    expect(status).toBe(1);
    expect(stdout).toContain('spreadByFeld');
  });
});
