// Moved to src/lib/assertVerdict.ts; this re-export serves the files still being split
// (collections/Meetings, collections/Plans) until they import it from there.
export { assertField, assertVerdict } from '../../src/lib/assertVerdict'
