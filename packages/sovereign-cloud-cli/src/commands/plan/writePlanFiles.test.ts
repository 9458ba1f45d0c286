import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testIo } from '../../__testUtils__/testIo';
import { writePlanFiles } from './writePlanFiles';

describe('writePlanFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-plan-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the directory and nested paths, relative to cwd', async () => {
    const { io } = testIo({ cwd: dir });
    const written = await writePlanFiles(
      'out/new',
      { 'clusters/a/cluster.yaml': 'kind: Cluster\n' },
      { force: false },
      io,
    );
    expect(written).toEqual(['out/new/clusters/a/cluster.yaml']);
    expect(
      await readFile(join(dir, 'out/new/clusters/a/cluster.yaml'), 'utf8'),
    ).toBe('kind: Cluster\n');
  });

  it('refuses an output path that is a file', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const { io } = testIo({ cwd: dir });
    await expect(
      writePlanFiles('file', { 'a.yaml': 'a: 1\n' }, { force: true }, io),
    ).rejects.toThrow('file: cannot be used as the output directory');
  });

  it('never writes outside the output directory', async () => {
    const { io } = testIo({ cwd: dir });
    await expect(
      writePlanFiles(
        'out',
        { '../escape.yaml': 'a: 1\n' },
        { force: false },
        io,
      ),
    ).rejects.toThrow('lies outside the output directory');
    expect(await io.listDirectory(dir)).toEqual([]);
  });
});
