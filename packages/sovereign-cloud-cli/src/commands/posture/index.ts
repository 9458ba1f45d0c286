export { registerPostureCommand } from './command';
export { postureCommand } from './postureCommand';
export type { PostureOptions } from './postureCommand';
export type {
  JsonClusterPosture,
  JsonEvidence,
  JsonFinding,
  JsonMeshPosture,
  JsonPostureOutput,
} from './formatJson';
