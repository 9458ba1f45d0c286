import '@testing-library/jest-dom';

// UI tests render whole pages; on a loaded 2-core machine 5 s is not enough.
// Set here because `jest.testTimeout` of a package is ignored in the repo's multi-project run.
jest.setTimeout(30_000);
