export * from './entities';
export * from './FakeCollector';
export * from './VisibilityCatalog';
export { CapturingLogger } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
export * from './startPlugin';
