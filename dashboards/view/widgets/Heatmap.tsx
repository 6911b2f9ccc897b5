import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import type { CellState } from '../../types'
import { CELL_LABELS } from '../tables'
import { limitedRowsNote, say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'
import { Grid } from './Grid'

const FILL: Record<CellState, string> = {
  'on-time': '#16a34a',
  late: '#f59e0b',
  missing: '#dc2626',
  locked: '#475569',
  'not-due': '#e2e8f0',
}
const STATES: CellState[] = ['on-time', 'late', 'missing', 'locked', 'not-due']

/** Agency × month: report on time, late, missing or locked (R12.3a); each cell opens the report(s). */
export const Heatmap = ({ data, language }: WidgetProps) => {
  const { periods } = data.heatmap
  // The agencies furthest behind when there are many (chosen by the query).
  const { rows, total } = data.heatmap
  const limited = total > rows.length
  const frame = frameProps('heatmap', data, language)
  const word = (state: CellState) => say(TEXT[CELL_LABELS[state]], language)
  return (
    <WidgetFrame {...frame} hasChart={rows.length > 0} wide>
      {rows.length > 0 ? (
        <Grid
          columns={periods.map((period) => `${period.slice(5)}/${period.slice(2, 4)}`)}
          labelWidth={240}
          rows={rows.map((row) => ({
            key: String(row.agency),
            label: row.name,
            cells: row.cells.map((cell) => ({
              fill: FILL[cell.state],
              href: cell.href,
              state: cell.state,
              title: `${row.name} · ${formatPeriod(cell.period)}: ${word(cell.state)}`,
            })),
          }))}
          legend={STATES.map((state) => ({ fill: FILL[state], label: word(state) }))}
        />
      ) : null}
      {limited ? (
        <p className="dashboard-widget__note">{limitedRowsNote(rows.length, total, language)}</p>
      ) : null}
      {rows.length === 0 ? <p>{say(TEXT.noData, language)}</p> : null}
    </WidgetFrame>
  )
}
