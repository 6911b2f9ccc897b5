import type { CollectionConfig } from 'payload'

/** A collection's hooks, or one step of them (integrity, the collection's own, audit…). */
export type CollectionHooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's whole hook chain from its steps, in the order they run: for each hook type the
 * steps' hooks are concatenated in the order the steps are given. A collection lists every step
 * (input integrity, its own rules, search, rollups, audit) in its own config, so what runs when
 * it is saved is read there; `npm run hooks:table` writes the result to docs/hook-chains.md.
 */
export const collectionHooks = (...steps: CollectionHooks[]): CollectionHooks => {
  const chain: Record<string, unknown[]> = {}
  for (const step of steps) {
    for (const [type, hooks] of Object.entries(step)) {
      if (Array.isArray(hooks) && hooks.length) chain[type] = [...(chain[type] ?? []), ...hooks]
    }
  }
  return chain as CollectionHooks
}
