export { MeshDiagram } from './MeshDiagram';
