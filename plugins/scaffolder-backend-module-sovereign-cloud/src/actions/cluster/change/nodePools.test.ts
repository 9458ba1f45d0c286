import { InputError } from '@backstage/errors';
import yaml from 'yaml';
import { Harness, startHarness } from './__testUtils__/changeTestHarness';
import { createClusterNodePoolsAction } from './nodePools';
import { examples } from './nodePools.examples';

jest.setTimeout(30_000);

const deployments = (h: Harness) =>
  h.liveCluster().spec.topology.workers.machineDeployments as Array<{
    name: string;
    replicas: number;
  }>;

describe('sovereign-cloud:cluster:node-pools', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("scales one pool: only that pool's replicas change", async () => {
    const dry = await h.run(
      createClusterNodePoolsAction(h.services()),
      { scale: [{ name: 'nbg-workers', count: 5 }] },
      { isDryRun: true },
    );
    expect(dry.error).toBeUndefined();
    const fields = dry.outputs.diff.flatMap((d: any) => d.fields);
    expect(fields).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/nbg-workers.*replicas$/),
        change: 'changed',
        before: 3,
        after: 5,
      }),
    ]);
    expect(deployments(h).map(d => d.replicas)).toEqual([3, 3, 3]);

    const { error } = await h.run(createClusterNodePoolsAction(h.services()), {
      scale: [{ name: 'nbg-workers', count: 5 }],
    });
    expect(error).toBeUndefined();
    expect(deployments(h).map(d => [d.name, d.replicas])).toEqual([
      ['fsn-workers', 3],
      ['nbg-workers', 5],
      ['hel-workers', 3],
    ]);
  });

  it('the next change starts from the changed request: an earlier scale is kept', async () => {
    const first = await h.run(createClusterNodePoolsAction(h.services()), {
      scale: [{ name: 'nbg-workers', count: 5 }],
    });
    expect(first.error).toBeUndefined();
    // The provisioning record keeps its id and entity, with the changed request.
    expect(h.records.records.at(-1)).toMatchObject({
      id: 'provision-task',
      requestedAt: '2026-11-01T00:00:00Z',
      mode: 'apply',
      entity: h.entity,
      request: expect.objectContaining({
        nodePools: expect.arrayContaining([
          expect.objectContaining({ name: 'nbg-workers', count: 5 }),
        ]),
      }),
    });

    h.checkpoints.clear();
    const second = await h.run(
      createClusterNodePoolsAction(h.services()),
      { scale: [{ name: 'fsn-workers', count: 4 }] },
      { taskId: 'second-task' },
    );
    expect(second.error).toBeUndefined();
    expect(deployments(h).map(d => [d.name, d.replicas])).toEqual([
      ['fsn-workers', 4],
      ['nbg-workers', 5],
      ['hel-workers', 3],
    ]);
  });

  it('adds a pool and removes another', async () => {
    const { error, outputs } = await h.run(
      createClusterNodePoolsAction(h.services()),
      {
        add: [
          {
            name: 'hel-large',
            location: 'hel1',
            machineType: 'cx52',
            count: 2,
          },
        ],
        remove: ['hel-workers'],
      },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toBe(
      'add pool hel-large (2 × cx52 in hel1); remove pool hel-workers',
    );
    const changes = outputs.diff
      .find((d: any) => d.kind === 'Cluster')
      .fields.map((f: any) => f.change);
    expect(changes).toEqual(expect.arrayContaining(['added', 'removed']));
    expect(deployments(h).map(d => d.name)).toEqual([
      'fsn-workers',
      'nbg-workers',
      'hel-large',
    ]);
  });

  it('names the field of an unknown pool and refuses removing every pool', async () => {
    const unknown = await h.run(createClusterNodePoolsAction(h.services()), {
      scale: [{ name: 'ghost', count: 2 }],
    });
    expect(unknown.error).toBeInstanceOf(InputError);
    expect(unknown.error!.message).toContain(
      'scale[0].name: no node pool "ghost"',
    );
    const last = await h.run(createClusterNodePoolsAction(h.services()), {
      remove: ['fsn-workers', 'nbg-workers', 'hel-workers'],
    });
    expect(last.error!.message).toContain('cannot remove the last node pool');
    expect(deployments(h)).toHaveLength(3);
  });

  it('documents an example that parses', () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.input.scale).toEqual([{ name: 'fsn-workers', count: 5 }]);
  });
});
