import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FIXTURES, REPO_ROOT, testIo } from './__testUtils__/testIo';
import { run } from './run';

describe('sovereign-cloud posture', () => {
  it('exits 0 when every cluster reaches the minimum SEAL', async () => {
    const t = testIo();
    expect(
      await run(['posture', 'passing-cluster.yaml', '--min-seal', '2'], t.io),
    ).toBe(0);
    expect(t.stdout()).toContain('PASSED: 1 cluster at SEAL-2 or above.');
    expect(t.stderr()).toBe('');
  });

  it('exits 1 and explains the binding criteria when a cluster is below it', async () => {
    const t = testIo();
    const code = await run(
      [
        'posture',
        'passing-cluster.yaml',
        'failing-cluster.yaml',
        '--min-seal',
        'SEAL-2',
      ],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.stdout()).toContain('FAILED: 1 of 2 clusters below SEAL-2.');
    expect(t.stdout()).toContain('SC-3.02 Customer control of encryption keys');
    expect(t.stderr()).toBe(
      'Ignored failing-cluster.yaml, document 3: Group "platform-team" is not used\n',
    );
  });

  it('writes JSON for machines', async () => {
    const t = testIo();
    const code = await run(
      [
        'posture',
        'failing-cluster.yaml',
        '--format',
        'json',
        '--min-seal',
        '1',
        '--profile',
        'csf-calculator-2026-06',
      ],
      t.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(t.stdout())).toMatchObject({
      profile: 'csf-calculator-2026-06',
      minSeal: 1,
      passed: true,
      clusters: [{ seal: 1, binding: ['SC-3.02'], passed: true }],
    });
  });

  it('assesses the example fleet from the repository root (--cwd)', async () => {
    const t = testIo({ cwd: '/' });
    const code = await run(
      [
        '--cwd',
        REPO_ROOT,
        'posture',
        'examples/fleet/clusters.yaml',
        'examples/fleet/private-dc.yaml',
        'examples/fleet/meshes.yaml',
        '--min-seal',
        '2',
        '--weights',
        resolve(FIXTURES, 'weights.yaml'),
      ],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.stdout()).toContain(
      'weights supply-chain-first (Supply chain first), minimum SEAL-2',
    );
    expect(t.stdout()).toMatch(/plusserver-cgn-data\s.*SEAL-1\s.*FAIL/);
    expect(t.stdout()).toContain('resource:default/eu-core');
  });

  it.each([
    [
      ['posture', 'malformed-cluster.yaml'],
      'malformed-cluster.yaml, document 2 (SovereignCluster "broken"): spec.nodePools[0].count',
    ],
    [['posture', 'missing.yaml'], 'missing.yaml: cannot read the file'],
    [
      ['posture', 'passing-cluster.yaml', '--profile', 'nope'],
      "unknown weight profile 'nope' (known: csf-v1.2.1, csf-calculator-2026-06)",
    ],
    [
      ['posture', 'passing-cluster.yaml', '--min-seal', '7'],
      '--min-seal: expected a level from 0 to 4',
    ],
    [
      ['posture', 'passing-cluster.yaml', '--format', 'xml'],
      "argument 'xml' is invalid",
    ],
    [
      ['posture', 'weights.yaml'],
      'No SovereignCluster entities in weights.yaml',
    ],
    [['posture'], "missing required argument 'files'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('exits 2 on bad input: %j', async (argv, message) => {
    const t = testIo();
    expect(await run(argv, t.io)).toBe(2);
    expect(t.stderr()).toContain(message);
    expect(t.stdout()).toBe('');
  });

  it('prints help with exit code 0', async () => {
    const t = testIo();
    expect(await run(['posture', '--help'], t.io)).toBe(0);
    expect(t.stdout()).toContain('--min-seal <level>');
  });
});

describe('bin/sovereign-cloud', () => {
  const bin = resolve(__dirname, '../bin/sovereign-cloud');
  const exec = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: FIXTURES,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('runs the entry point with the exit codes of the gate', () => {
    const pass = exec(['posture', 'passing-cluster.yaml', '--min-seal', '2']);
    expect(pass.stdout).toContain('PASSED');
    expect(pass.status).toBe(0);

    const fail = exec([
      'posture',
      'failing-cluster.yaml',
      '--min-seal',
      '2',
      '--format',
      'json',
    ]);
    expect(JSON.parse(fail.stdout).passed).toBe(false);
    expect(fail.status).toBe(1);

    const bad = exec(['posture', 'malformed-cluster.yaml']);
    expect(bad.stderr).toContain('spec.network.encryption.mode: is required');
    expect(bad.status).toBe(2);
  }, 120_000);
});
