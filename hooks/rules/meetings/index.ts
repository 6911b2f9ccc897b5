// The charter's meeting rules (Art. 2.1, 3.4, 6.2, 11) as pure functions.
export * from './attendance'
export * from './cadence'
export * from './conclusions'
export * from './convening'
export * from './kinds'
export * from './lifecycle'
export * from './notice'
export * from './votes'
