// A small deterministic PRNG (mulberry32): the same seed gives the same sequence, so the demo
// seed, the dashboard bench and the property tests replay exactly. A string seed is hashed first.

export type Random = () => number

const hashOf = (seed: string): number =>
  [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 7)

export const prng = (seed: string | number): Random => {
  let state = typeof seed === 'string' ? hashOf(seed) : seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number from `min` to `max`, both included. */
export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]
