import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { FIXTURES, REPO_ROOT, testIo } from '../../__testUtils__/testIo';
import { run } from '../../run';

const WORKLOAD = resolve(FIXTURES, 'workload.yaml');
const FLEET = [
  resolve(REPO_ROOT, 'examples/fleet/clusters.yaml'),
  resolve(REPO_ROOT, 'examples/fleet/private-dc.yaml'),
];

describe('sovereign-cloud place', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-place-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function workloadFile(value: unknown): Promise<string> {
    const file = join(dir, 'workload.yaml');
    await writeFile(file, stringify(value));
    return file;
  }

  it('prints where the replicas go and exits 0 when the workload can be placed', async () => {
    const t = testIo();
    expect(await run(['place', WORKLOAD, '--fleet', ...FLEET], t.io)).toBe(0);
    const lines = t.stdout().split('\n');
    expect(lines[0]).toMatch(/^ledger: 6 replicas \(\w+\) on \d+ clusters$/);
    // Every assignment line is "cluster (provider): replicas", and they add up.
    const assigned = lines
      .map(l => /^ {2}\S+ \(\S+\): (\d+)$/.exec(l))
      .filter(Boolean)
      .map(m => Number(m![1]));
    expect(assigned.reduce((a, b) => a + b, 0)).toBe(6);
    expect(t.stdout()).toMatch(/Losing \S+ leaves \d+ of at least 3 replicas/);
  });

  it('prints the plan as JSON with -o json, one decision per cluster', async () => {
    const t = testIo();
    expect(
      await run(['place', WORKLOAD, '--fleet', ...FLEET, '-o', 'json'], t.io),
    ).toBe(0);
    const plan = JSON.parse(t.stdout());
    expect(plan.schedulable).toBe(true);
    expect(plan.workload).toBe('ledger');
    expect(plan.decisions).toHaveLength(14);
    const outcome = new Map(
      plan.decisions.map((d: any) => [d.cluster, d.outcome]),
    );
    for (const a of plan.assignments) {
      expect(outcome.get(a.cluster)).toBe('selected');
    }
    for (const d of plan.decisions) expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('exits 1 and says why when the workload cannot be placed', async () => {
    const file = await workloadFile({
      name: 'swiss',
      replicas: 2,
      sovereignty: { allowedJurisdictions: ['CH'] },
    });
    const t = testIo();
    expect(await run(['place', file, '--fleet', ...FLEET], t.io)).toBe(1);
    expect(t.stdout()).toContain(
      'swiss: cannot place 2 replicas: no cluster passes the filters (14 clusters;',
    );
    expect(t.stdout()).toContain('Not eligible (14):');
  });

  it('accepts the action input ({ workload }) too', async () => {
    const file = await workloadFile({ workload: { name: 'web', replicas: 2 } });
    const t = testIo();
    expect(await run(['place', file, '--fleet', ...FLEET], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^web: 2 replicas/);
  });

  it('exits 2 naming the file and field of a bad workload', async () => {
    const file = await workloadFile({ name: 'web', replicas: 'two' });
    const t = testIo();
    expect(await run(['place', file, '--fleet', ...FLEET], t.io)).toBe(2);
    expect(t.stderr()).toMatch(
      new RegExp(`^sovereign-cloud: ${file}: workload\\.replicas: `),
    );
    expect(t.stdout()).toBe('');
  });

  it('exits 2 when the fleet holds no cluster, or a file is missing', async () => {
    const empty = join(dir, 'empty.yaml');
    await writeFile(empty, '');
    const t = testIo();
    expect(await run(['place', WORKLOAD, '--fleet', empty], t.io)).toBe(2);
    expect(t.stderr()).toContain(`--fleet: no SovereignCluster in ${empty}`);
    const u = testIo();
    expect(await run(['place', 'nope.yaml', '--fleet', ...FLEET], u.io)).toBe(
      2,
    );
    expect(u.stderr()).toContain(
      'nope.yaml: cannot read the file: no such file',
    );
    const v = testIo();
    expect(await run(['place', WORKLOAD], v.io)).toBe(2);
    expect(v.stderr()).toContain("required option '--fleet <files...>'");
  });
});
