export { MeshContinuity } from './MeshContinuity';
