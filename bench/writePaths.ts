// One database's measurements (run by bench/run.ts with DATABASE_URL set): the cost of our write
// paths (rules + audit) against the same write without the audit, and of the authority check.
import { performance } from 'node:perf_hooks'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { authorityOn } = await import('../src/charter/authority')
const { vnDayStart } = await import('../src/lib/clock')

const payload = await getPayload({ config })
const day = (key: string) => vnDayStart(key).toISOString()
const RUNS = Number(process.env.BENCH_RUNS ?? 200)

const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[
    Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))
  ]

const measure = async (label: string, run: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < 10; i++) await run(-i - 1) // warm-up
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run(i)
    samples.push(performance.now() - start)
  }
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

const system = { overrideAccess: true, depth: 0 } as const
const agency = await payload.create({
  collection: 'agencies',
  data: { name: 'Bench', code: 'B', kind: 'department' },
  ...system,
})
const group = await payload.create({
  collection: 'working-groups',
  data: { name: 'Bench WG', kind: 'wg' },
  ...system,
})
const head = await payload.create({
  collection: 'users',
  data: {
    fullName: 'Bench Head',
    email: `head-${Date.now()}@bench.vn`,
    password: 'x-Bench-1',
    roles: ['leader'],
  },
  ...system,
})
await payload.create({
  collection: 'members',
  data: {
    user: head.id,
    group: group.id,
    position: 'head',
    agency: agency.id,
    from: day('2022-01-01'),
  },
  ...system,
})
const stamp = Date.now()
// Users for the member measurements, created up front: password hashing is not what we measure.
const people: number[] = []
for (let i = 0; i < RUNS + 10; i++) {
  const user = await payload.create({
    collection: 'users',
    data: {
      fullName: `M${i}`,
      email: `m${stamp}${i}@bench.vn`,
      password: 'x-Bench-1',
      roles: ['viewer'],
    },
    ...system,
    context: { skipAudit: true },
  })
  people.push(user.id)
}

const results = [
  await measure('agency create, no audit (baseline)', (i) =>
    payload.create({
      collection: 'agencies',
      data: { name: `A${stamp}${i}`, code: `A${i}`, kind: 'department' },
      ...system,
      context: { skipAudit: true },
    }),
  ),
  await measure('agency create with audit', (i) =>
    payload.create({
      collection: 'agencies',
      data: { name: `B${stamp}${i}`, code: `B${i}`, kind: 'department' },
      ...system,
    }),
  ),
  await measure('member create (R3.2/R10 rules + audit)', (i) =>
    payload.create({
      collection: 'members',
      data: {
        user: people[i + 10],
        group: group.id,
        position: 'member',
        agency: agency.id,
        from: day('2024-01-01'),
      },
      ...system,
    }),
  ),
  await measure('authorityOn(head, approve-plan, day)', () =>
    authorityOn(payload, head.id, 'approve-plan', '2025-03-03'),
  ),
]

console.log(JSON.stringify(results))
process.exit(0)
