export { CHANGE_CLASSES, type Change, type ChangeClass } from './change.js';
export { type ClassifiedChange, type Comparable, type DiffSide, diffReleases, type ReleaseDiff } from './diff.js';
