import { dayKeyOf } from '../../src/fields/dates'
import { vnDayStart } from '../../src/lib/clock'

// R7.3: the Support Group's preparation of the demo meetings: the steps of a past meeting done by
// their due day, the next meeting's first step done; and the minutes recorded before the
// conclusions go out.
type Row = {
  id?: string | null
  step?: string | null
  dueOn?: string | null
  doneOn?: string | null
}

/** The rows with `steps` done on their due day (today at the latest); the others as they are. */
export const preparationDone = (
  rows: readonly Row[] | null | undefined,
  today: string,
  steps: readonly string[] = ['agenda', 'materials', 'notice', 'minutes'],
): Row[] =>
  (rows ?? []).map((row) => {
    const due = dayKeyOf(row.dueOn)
    if (row.doneOn || !due || !steps.includes(row.step ?? '')) return row
    return { ...row, doneOn: vnDayStart(due < today ? due : today).toISOString() }
  })

/** The minutes as the rich text editor stores them: one paragraph per line. */
export const minutesOf = (lines: readonly string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: lines.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [
        { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})
