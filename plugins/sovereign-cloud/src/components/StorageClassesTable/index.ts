export { StorageClassesTable } from './StorageClassesTable';
