import type { Problem } from '../../src/problem/index.js';

/** Runs the package the way a user would and returns the problems it reported; the walk checks the code is among them. */
export type Producer = () => readonly Problem[] | Promise<readonly Problem[]>;
