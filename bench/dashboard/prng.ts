// A small deterministic PRNG (mulberry32) seeded from a string: the same province every run.
export type Random = () => number

export const prng = (seed: string): Random => {
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 7)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]

/** A 24-hex-digit id, as Payload gives array rows, derived from a counter (deterministic). */
export const rowId = (n: number): string => n.toString(16).padStart(24, '0')
