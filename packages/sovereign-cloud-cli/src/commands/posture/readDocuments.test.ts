import { resolve } from 'node:path';
import { FIXTURES, testIo } from '../../__testUtils__/testIo';
import { CliInputError } from '../../errors';
import { locationOf, parseDocuments, readDocuments } from './readDocuments';

describe('parseDocuments', () => {
  it('reads every YAML document and the items of lists, numbered from 1', () => {
    const docs = parseDocuments(
      'fleet.yaml',
      [
        'kind: A',
        '---',
        '# only a comment',
        '---',
        '- kind: B',
        '- kind: C',
        '---',
        'items: [{ kind: D }]',
      ].join('\n'),
    );
    expect(docs.map(d => [locationOf(d), d.value])).toEqual([
      ['fleet.yaml, document 1', { kind: 'A' }],
      ['fleet.yaml, document 3, item 1', { kind: 'B' }],
      ['fleet.yaml, document 3, item 2', { kind: 'C' }],
      ['fleet.yaml, document 4, item 1', { kind: 'D' }],
    ]);
  });

  it('reads JSON', () => {
    expect(
      parseDocuments('e.json', '{"kind": "A", "spec": {"n": 1}}')[0].value,
    ).toEqual({ kind: 'A', spec: { n: 1 } });
  });

  it('names the file, document and line of a syntax error', () => {
    expect(() =>
      parseDocuments('bad.yaml', 'kind: A\n---\nkind: [unclosed\n'),
    ).toThrow(
      /^bad\.yaml, document 2: not valid YAML or JSON: .* at line \d+, column \d+$/,
    );
    expect(() => parseDocuments('bad.yaml', 'a: 1\na: 2\n')).toThrow(
      CliInputError,
    );
  });
});

describe('readDocuments', () => {
  it('resolves files against the working directory', async () => {
    const { io } = testIo({ cwd: FIXTURES });
    const docs = await readDocuments(['failing-cluster.yaml'], io);
    expect(docs).toHaveLength(3);
    expect(docs[0].file).toBe('failing-cluster.yaml');
  });

  it('names a missing file', async () => {
    const { io } = testIo({ cwd: resolve(FIXTURES, 'nowhere') });
    await expect(readDocuments(['x.yaml'], io)).rejects.toThrow(
      'x.yaml: cannot read the file: no such file',
    );
  });
});
