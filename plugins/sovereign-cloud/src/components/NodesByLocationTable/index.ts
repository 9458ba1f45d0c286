export { NodesByLocationTable } from './NodesByLocationTable';
