// The seeded PRNG (the same province every run) and a deterministic row id.
export { between, pick, prng, type Random } from '../../src/lib/prng'

/** A 24-hex-digit id, as Payload gives array rows, derived from a counter (deterministic). */
export const rowId = (n: number): string => n.toString(16).padStart(24, '0')
