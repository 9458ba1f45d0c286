import { defaultCloudProviders } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { FIXTURES, REPO_ROOT, testIo } from '../../__testUtils__/testIo';
import { run } from '../../run';

const REQUEST = resolve(FIXTURES, 'hetzner-request.yaml');

describe('sovereign-cloud plan', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-plan-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The example request with its `request` changed, written to the temp dir. */
  async function requestFile(
    change: (request: Record<string, any>) => void,
  ): Promise<string> {
    const input = parse(await readFile(REQUEST, 'utf8'));
    change(input.request);
    const file = join(dir, 'request.yaml');
    await writeFile(file, stringify(input));
    return file;
  }

  it('writes the plan as YAML files and prints the posture preview', async () => {
    const t = testIo({ cwd: REPO_ROOT });
    const out = join(dir, 'out');
    expect(await run(['plan', REQUEST, '-o', out], t.io)).toBe(0);

    const base = join(out, 'clusters/hetzner-eu-prod');
    const names = [
      'cluster.yaml',
      'addons.yaml',
      'addons/objects.yaml',
      'catalog-info.yaml',
    ];
    for (const name of names) {
      const docs = parseAllDocuments(await readFile(join(base, name), 'utf8'));
      const list = Array.isArray(docs) ? docs : [];
      expect(list.length).toBeGreaterThan(0);
      for (const doc of list) {
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toHaveProperty('kind');
      }
      expect(t.stdout()).toContain(`- ${join(base, name)}`);
    }
    const cluster = await readFile(join(base, 'cluster.yaml'), 'utf8');
    expect(cluster).toMatch(/^kind: Cluster$/m);
    expect(
      parse(await readFile(join(base, 'catalog-info.yaml'), 'utf8')),
    ).toMatchObject({
      kind: 'SovereignCluster',
      metadata: { name: 'hetzner-eu-prod' },
    });
    expect(t.stdout()).toMatch(/## Posture preview: SEAL-\d/);
    expect(t.stdout()).toContain('## Files (5)');
  });

  it('accepts a bare ClusterRequest in JSON', async () => {
    const input = parse(await readFile(REQUEST, 'utf8'));
    const file = join(dir, 'request.json');
    await writeFile(file, JSON.stringify(input.request));
    const t = testIo({ cwd: dir });
    expect(await run(['plan', 'request.json', '-o', 'out'], t.io)).toBe(0);
    expect(t.stdout()).toContain('- out/clusters/hetzner-eu-prod/cluster.yaml');
  });

  it('refuses to write into a non-empty directory unless --force', async () => {
    const t = testIo();
    expect(await run(['plan', REQUEST, '-o', dir], t.io)).toBe(0);
    const first = testIo();
    expect(await run(['plan', REQUEST, '-o', dir], first.io)).toBe(2);
    expect(first.stderr()).toContain(
      'the output directory is not empty (1 entry); nothing was written. Use --force',
    );
    const forced = testIo();
    expect(await run(['plan', REQUEST, '-o', dir, '--force'], forced.io)).toBe(
      0,
    );
  });

  it('exits 1 naming the binding criteria when the minimum SEAL is not met', async () => {
    const file = await requestFile(r => {
      r.policy.minimumSeal = 'SEAL-4';
    });
    const t = testIo();
    const out = join(dir, 'out');
    expect(await run(['plan', file, '-o', out], t.io)).toBe(1);
    expect(t.stdout()).toContain(
      'REFUSED: cluster request "hetzner-eu-prod" breaks its policy; nothing was written.',
    );
    expect(t.stdout()).toMatch(
      /- policy\.minimumSeal: requires SEAL-4, but the posture preview reaches SEAL-\d.*binding criteria: SC-/,
    );
    expect(await t.io.listDirectory(out)).toBeUndefined();
  });

  it('exits 1 naming the location outside the allowed jurisdictions', async () => {
    const file = await requestFile(r => {
      r.policy.allowedJurisdictions = ['DE'];
    });
    const t = testIo();
    expect(await run(['plan', file, '-o', join(dir, 'out')], t.io)).toBe(1);
    expect(t.stdout()).toContain(
      '- locations[2]: location "hel1" at hetzner is in FI, outside policy.allowedJurisdictions (DE)',
    );
  });

  it('plans with CloudProviders from --providers replacing the shipped ones', async () => {
    const hetzner = defaultCloudProviders().find(
      p => p.metadata.name === 'hetzner',
    )!;
    const moved = structuredClone(hetzner);
    const hel1 = moved.spec.locations.find(l => l.id === 'hel1')!;
    hel1.country = 'CH';
    hel1.euEea = false;
    const providers = join(dir, 'providers.json');
    await writeFile(providers, JSON.stringify(moved));

    const t = testIo();
    const args = ['plan', REQUEST, '-o', join(dir, 'out')];
    expect(await run([...args, '--providers', providers], t.io)).toBe(1);
    expect(t.stdout()).toContain(
      '- locations[2]: location "hel1" at hetzner is in CH, outside policy.allowedJurisdictions (EU)',
    );
  });

  it.each([
    [
      'a request that does not validate',
      'name: Not A Name\nprovider: hetzner\n',
      'ClusterRequest',
    ],
    ['YAML that does not parse', 'request: [unclosed\n', 'not valid YAML'],
    [
      'an unknown key beside request',
      'request: {}\nsetting: {}\n',
      'setting: unknown beside request',
    ],
    [
      'a delivery the action does not know',
      'request: {}\ndelivery: helm\n',
      'delivery: must be flux or argocd, got "helm"',
    ],
    ['a list of requests', '- name: a\n- name: b\n', 'expected one cluster'],
  ])('exits 2 on %s', async (_, text, message) => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, text);
    const t = testIo();
    const out = join(dir, 'out');
    expect(await run(['plan', file, '-o', out], t.io)).toBe(2);
    expect(t.stderr()).toContain(message);
    expect(t.stdout()).toBe('');
    expect(await t.io.listDirectory(out)).toBeUndefined();
  });

  it('exits 2 naming the field of an invalid request', async () => {
    const file = await requestFile(r => {
      r.nodePools[0].count = -1;
    });
    const t = testIo();
    expect(await run(['plan', file, '-o', join(dir, 'out')], t.io)).toBe(2);
    expect(t.stderr()).toContain('nodePools[0].count');
  });

  it('exits 2 on a location the provider does not have', async () => {
    const file = await requestFile(r => {
      r.locations[2] = 'mars1';
      r.nodePools[2].location = 'mars1';
    });
    const t = testIo();
    expect(await run(['plan', file, '-o', join(dir, 'out')], t.io)).toBe(2);
    expect(t.stderr()).toContain('mars1');
  });

  it('exits 2 without an output directory', async () => {
    const t = testIo();
    expect(await run(['plan', REQUEST], t.io)).toBe(2);
    expect(t.stderr()).toContain("required option '-o, --output <dir>'");
  });
});
