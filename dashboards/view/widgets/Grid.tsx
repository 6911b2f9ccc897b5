// A grid drawn as SVG on the server (heatmap, scorecard): every cell a link, exportable as PNG
// like the charts.
export type GridCell = { fill: string; href: string; title: string; mark?: string; state: string }
export type GridRow = { key: string; label: string; cells: GridCell[] }

type Props = {
  columns: string[]
  rows: GridRow[]
  labelWidth: number
  legend: { fill: string; label: string }[]
}

const CELL_W = 44
const CELL_H = 22
const HEAD_H = 26
const LEGEND_H = 28
const FONT = 11

const clip = (text: string, width: number): string => {
  const max = Math.floor(width / (FONT * 0.55))
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export const Grid = ({ columns, rows, labelWidth, legend }: Props) => {
  const width = labelWidth + columns.length * CELL_W + 8
  const height = HEAD_H + rows.length * CELL_H + LEGEND_H
  return (
    <div className="dashboard-grid-scroll">
      <svg
        className="dashboard-grid"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize={FONT}
        role="img"
      >
        {columns.map((column, index) => (
          <text
            key={column}
            x={labelWidth + index * CELL_W + CELL_W / 2}
            y={HEAD_H - 8}
            textAnchor="middle"
            fill="#334155"
          >
            {column}
          </text>
        ))}
        {rows.map((row, rowIndex) => {
          const y = HEAD_H + rowIndex * CELL_H
          return (
            <g key={row.key} data-row={row.key}>
              <text x={4} y={y + CELL_H / 2 + 4} fill="#0f172a">
                <title>{row.label}</title>
                {clip(row.label, labelWidth - 8)}
              </text>
              {row.cells.map((cell, index) => {
                const shape = (
                  <>
                    <title>{cell.title}</title>
                    <rect
                      x={labelWidth + index * CELL_W + 1}
                      y={y + 1}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      rx={3}
                      fill={cell.fill}
                    />
                    {cell.mark ? (
                      <text
                        x={labelWidth + index * CELL_W + CELL_W / 2}
                        y={y + CELL_H / 2 + 4}
                        textAnchor="middle"
                        fill="#ffffff"
                      >
                        {cell.mark}
                      </text>
                    ) : null}
                  </>
                )
                const key = `${row.key}-${columns[index]}`
                // A cell with nothing behind it (not due yet) is not a link.
                return cell.href ? (
                  <a key={key} href={cell.href} className="dashboard-cell" data-state={cell.state}>
                    {shape}
                  </a>
                ) : (
                  <g key={key} className="dashboard-cell" data-state={cell.state}>
                    {shape}
                  </g>
                )
              })}
            </g>
          )
        })}
        {legend.map((item, index) => {
          const x = 4 + index * 130
          const y = HEAD_H + rows.length * CELL_H + 10
          return (
            <g key={item.label}>
              <rect x={x} y={y} width={12} height={12} rx={2} fill={item.fill} />
              <text x={x + 16} y={y + 10} fill="#334155">
                {item.label}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
}
