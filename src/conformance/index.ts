// `verify-identity/conformance`: checks that a backend keeps the contract the SDK relies on
// (openapi/verify-identity.openapi.yaml), from the outside, through its HTTP API. See docs/conformance.md.
export { InvalidOptionsError, runConformance } from './run.js';
export { CLAUSES, type ClauseGroup, type ClauseId } from './clauses.js';
export { formatReport } from './format.js';
export type { ClauseResult, ClauseStatus, ConformanceOptions, ConformanceReport, Evidence } from './types.js';
