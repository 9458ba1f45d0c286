export * from './entities';
export * from './FakeCollector';
export * from './VisibilityCatalog';
export * from './CapturingLogger';
export * from './startPlugin';
