// Where one report save goes (run with DATABASE_URL on a scratch copy of the prepared database
// and DB_COUNT_STATEMENTS=1; add --cpu-prof to the node flags for a CPU profile): saves one
// benchmark draft through the Local API as its reporter, RUNS times, then prints the SQL
// statements of one save, grouped by the table they touch, with the time per save. SUBMIT=1:
// submits RUNS + 4 of the benchmark's drafts instead, one per reporter.
import { performance } from 'node:perf_hooks'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { countStatements } from '../../src/db/statementCounter'
import { filledLines } from './reportForm'

const RUNS = Number(process.env.RUNS ?? 20)
const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: 'users',
  where: { email: { like: 'reporter-bench000@' } },
  depth: 0,
  overrideAccess: true,
})
const user = { ...docs[0], collection: 'users' as const }
const draft = (
  await payload.find({
    collection: 'reports',
    where: { agency: { equals: user.agency }, status: { equals: 'draft' } },
    depth: 0,
    overrideAccess: true,
  })
).docs[0]

const SUBMIT = process.env.SUBMIT === '1'
const submitters = SUBMIT
  ? await Promise.all(
      Array.from({ length: RUNS + 4 }, async (_, index) => {
        const email = `reporter-bench${String(index + 10).padStart(3, '0')}@`
        const [reporter] = (
          await payload.find({
            collection: 'users',
            where: { email: { like: email } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs
        const [report] = (
          await payload.find({
            collection: 'reports',
            where: { agency: { equals: reporter!.agency }, status: { equals: 'draft' } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs
        return { user: { ...reporter!, collection: 'users' as const }, report: report! }
      }),
    )
  : []
let submitted = 0

const submit = () => {
  const next = submitters[submitted++]!
  return payload.update({
    collection: 'reports',
    id: next.report.id,
    data: { status: 'submitted' },
    user: next.user,
    overrideAccess: false,
    depth: 0,
  })
}

const saveDraft = (round: number) =>
  payload.update({
    collection: 'reports',
    id: draft.id,
    data: filledLines(draft as unknown as Record<string, unknown>, round) as Partial<typeof draft>,
    user,
    overrideAccess: false,
    depth: 0,
  })
const save = (round: number) => (SUBMIT ? submit() : saveDraft(round))

for (let i = 0; i < 3; i++) await save(i)
const start = performance.now()
for (let i = 0; i < RUNS; i++) await save(100 + i)
const perSave = (performance.now() - start) / RUNS

const { queries } = await countStatements(() => save(1000), { keep: true })
const tableOf = (sql: string) =>
  /^(select|insert into|update|delete from)\b.*?(?:from )?"([^"]+)"/i
    .exec(sql)
    ?.slice(1, 3)
    .join(' ') ?? sql.slice(0, 40)
const groups = new Map<string, number>()
for (const sql of queries) groups.set(tableOf(sql), (groups.get(tableOf(sql)) ?? 0) + 1)
console.log(
  `report ${SUBMIT ? 'submission' : 'save'} (Local API, as the reporter): ${perSave.toFixed(1)} ms per save, ${queries.length} statements`,
)
for (const [what, count] of [...groups].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(count).padStart(3)}  ${what}`)
if (process.env.PRINT_SQL === '1') for (const sql of queries) console.log(sql)
process.exit(0)
