/*
 * Textual formats of the entity fields, as zod string schemas. Regular
 * expressions go into the JSON Schema as they are; where the precise rule is
 * a function, a looser pattern (never stricter) stands in for it there.
 */
export * from './backstage';
export * from './countries';
export * from './dates';
export * from './identifiers';
export * from './kubernetes';
export * from './network';
export * from './urls';
