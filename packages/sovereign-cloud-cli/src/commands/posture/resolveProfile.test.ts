import { resolve } from 'node:path';
import { FIXTURES, testIo } from '../../__testUtils__/testIo';
import { resolveProfile } from './resolveProfile';

const withFile = (text: string) =>
  testIo({ files: { [resolve(FIXTURES, 'w.yaml')]: text } }).io;

describe('resolveProfile', () => {
  it('defaults to CSF v1.2.1 and finds the shipped profiles by id', async () => {
    const { io } = testIo();
    expect((await resolveProfile({}, io)).id).toBe('csf-v1.2.1');
    expect(
      (await resolveProfile({ profile: 'csf-calculator-2026-06' }, io)).id,
    ).toBe('csf-calculator-2026-06');
  });

  it('lists the known ids for an unknown profile', async () => {
    await expect(
      resolveProfile({ profile: 'csf-v9' }, testIo().io),
    ).rejects.toThrow(
      "--profile: unknown weight profile 'csf-v9' (known: csf-v1.2.1, csf-calculator-2026-06)",
    );
  });

  it('reads custom weights from a file', async () => {
    const profile = await resolveProfile(
      { weights: 'weights.yaml' },
      testIo().io,
    );
    expect(profile).toMatchObject({
      id: 'supply-chain-first',
      weights: { 'SOV-5': 30, 'SOV-3': 20 },
    });
    // A bare mapping works too; objectives left out weigh 0.
    const bare = await resolveProfile(
      { weights: 'w.yaml' },
      withFile('SOV-1: 50\nSOV-3: 50\n'),
    );
    expect(bare).toMatchObject({ id: 'custom', weights: { 'SOV-2': 0 } });
  });

  it.each([
    ['SOV-1: 50\nSOV-9: 50\n', 'w.yaml: weights.SOV-9: unknown objective'],
    ['SOV-1: 60\nSOV-2: 30\n', 'w.yaml: weights: must sum to 100 (got 90)'],
    [
      'SOV-1: 110\nSOV-2: -10\n',
      'w.yaml: weights.SOV-2: must not be negative (got -10)',
    ],
    ['weights: { SOV-1: lots }\n', 'w.yaml: weights.SOV-1: must be a finite'],
    ['- SOV-1\n', 'w.yaml: expected one mapping of objective → weight'],
  ])('names the objective and the reason: %j', async (text, message) => {
    await expect(
      resolveProfile({ weights: 'w.yaml' }, withFile(text)),
    ).rejects.toThrow(message);
  });

  it('takes --profile or --weights, not both', async () => {
    await expect(
      resolveProfile({ profile: 'csf-v1.2.1', weights: 'w.yaml' }, testIo().io),
    ).rejects.toThrow('Use either --profile or --weights, not both');
  });
});
