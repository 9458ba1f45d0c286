import { InputError } from '@backstage/errors';
import fs from 'node:fs';
import yaml from 'yaml';
import { createClusterAddonsAction } from './addons';
import { examples } from './addons.examples';
import { Harness, startHarness } from './__testUtils__/changeTestHarness';

jest.setTimeout(30_000);

describe('sovereign-cloud:cluster:addons', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('changes storage replication in the add-on files; the management cluster objects stay unchanged', async () => {
    const { error, outputs } = await h.run(
      createClusterAddonsAction(h.services()),
      {
        storage: { replication: 2 },
      },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toBe('storage replication 3 → 2');
    expect(outputs.diff.every((d: any) => d.action === 'unchanged')).toBe(true);
    expect(outputs.files.length).toBeGreaterThan(0);
    expect(
      h.records.changes.get('change-task:sovereign-cloud:cluster:addons'),
    ).toMatchObject({ kind: 'addons', status: 'applied' });
  });

  it('refuses changing the pod CIDR or the mesh of a running cluster, with the reason', async () => {
    const cidr = await h.run(createClusterAddonsAction(h.services()), {
      network: { podCidr: '10.99.0.0/16' },
    });
    expect(cidr.error).toBeInstanceOf(InputError);
    expect(cidr.error!.message).toContain(
      'network.podCidr: pod CIDRs are fixed when the cluster is created',
    );
    const mesh = await h.run(createClusterAddonsAction(h.services()), {
      network: { mesh: null },
    });
    expect(mesh.error!.message).toContain('network.mesh: mesh membership');
    expect(h.records.changes.size).toBe(0);
  });

  it('dry run writes no files and records nothing', async () => {
    const { error, outputs } = await h.run(
      createClusterAddonsAction(h.services()),
      { observability: { remoteWrite: null } },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toBe('no remote write');
    expect(outputs.files).toBeUndefined();
    expect(h.records.changes.size).toBe(0);
    expect(fs.existsSync).toBeDefined();
  });

  it('documents an example that parses', () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.input.storage).toEqual({ replication: 2 });
  });
});
