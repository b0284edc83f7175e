// The pure library entry: no node: modules, no file system, no network, no eval. It runs unchanged in Workers.
export * from './contract/builders/index.js';
export * from './contract/index.js';
export * from './diff/index.js';
export * from './fixture/index.js';
export * from './format/index.js';
export * from './json/index.js';
export * from './packet/index.js';
export * from './privacy/index.js';
export * from './readiness/index.js';
