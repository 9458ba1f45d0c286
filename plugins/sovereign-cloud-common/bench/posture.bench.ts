/*
 * Engine benchmark: assess a generated fleet (10,000 clusters; BENCH_SIZE=smoke
 * for 50) and, in the same run, JSON.parse the compact JSON of exactly the
 * engine's input. Input validation is part of the assessment time.
 * Target: assessment ≤ 2 × parse. Prints numbers, asserts nothing about time.
 */
import { assessPosture, PostureInput } from '../src/posture';
import { generateFleetInput } from './generateFleet';

const smoke = process.env.BENCH_SIZE === 'smoke';
const CLUSTERS = smoke ? 50 : 10_000;
const ROUNDS = smoke ? 1 : 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const input = generateFleetInput(CLUSTERS);
const json = JSON.stringify(input);
const nodes = input.clusters.reduce(
  (s, c) => s + (c.nodes.value?.length ?? 0),
  0,
);

const parseTimes: number[] = [];
const assessTimes: number[] = [];
let reports = 0;
for (let round = 0; round < ROUNDS + 1; round++) {
  const parsed = time(() => JSON.parse(json) as PostureInput);
  // Each round assesses a freshly parsed copy, as a service would.
  const assessed = time(() => assessPosture(parsed.result));
  reports = assessed.result.length;
  if (round > 0 || smoke) {
    parseTimes.push(parsed.ms);
    assessTimes.push(assessed.ms);
  }
}
if (reports !== CLUSTERS)
  throw new Error(`expected ${CLUSTERS} reports, got ${reports}`);

const parseMs = median(parseTimes);
const assessMs = median(assessTimes);
const ratio = assessMs / parseMs;
// eslint-disable-next-line no-console -- the benchmark's output
console.log(
  [
    `posture engine benchmark (${smoke ? 'smoke' : 'full'}, node ${
      process.version
    })`,
    `  fleet:   ${CLUSTERS} clusters, ${nodes} nodes, ${(
      json.length / 1e6
    ).toFixed(1)} MB of JSON`,
    `  parse:   ${parseMs.toFixed(1)} ms (JSON.parse, median of ${
      parseTimes.length
    })`,
    `  assess:  ${assessMs.toFixed(1)} ms (validation + assessment, median of ${
      assessTimes.length
    })`,
    `  ratio:   ${ratio.toFixed(2)} (target ≤ 2)`,
  ].join('\n'),
);
