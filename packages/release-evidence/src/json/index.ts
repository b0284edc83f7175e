export { canonicalJson } from './canonical.js';
export { digestOf, sha256Digest } from './digest.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type ParsedJson,
  type ParseError,
  type ParseErrorCode,
  type ParseLimits,
  type ParseResult,
  parseJson,
  utf8Length,
} from './parse.js';
export { escapePointerSegment, toPointer } from './pointer.js';
export { createPositionIndex, type Position } from './position.js';
export { type JsonStringEvent, type JsonWalkVisitor, type PathSegment, walkJson } from './tokenize.js';
