'use client'

import { useRef, type ReactNode } from 'react'

import { mainSvg, saveBlob, svgToPngBlob } from './download'

type Props = {
  id: string
  title: string
  /** The charter clause the widget shows (a tooltip on the title). */
  ruleNote?: string
  /** Where the widget's data is downloaded as CSV (UTF-8 with BOM), built on request. */
  csvHref: string
  filename: string
  labels: { csv: string; png: string }
  /** Offer the PNG download: the widget draws a chart. */
  hasChart: boolean
  wide?: boolean
  actions?: ReactNode
  children: ReactNode
}

/** A widget's card: title, its downloads, and the server-rendered or charted body. */
export const WidgetFrame = ({
  id,
  title,
  ruleNote,
  csvHref,
  filename,
  labels,
  hasChart,
  wide,
  actions,
  children,
}: Props) => {
  const body = useRef<HTMLDivElement>(null)
  const downloadPng = async () => {
    const svg = body.current ? mainSvg(body.current) : null
    if (svg) saveBlob(await svgToPngBlob(svg), `${filename}.png`)
  }
  return (
    <section
      className={`dashboard-widget${wide ? ' dashboard-widget--wide' : ''}`}
      data-widget={id}
      data-has-chart={hasChart ? 'true' : undefined}
      aria-labelledby={`widget-${id}`}
    >
      <header className="dashboard-widget__header">
        <h3 id={`widget-${id}`} title={ruleNote}>
          {title}
        </h3>
        <div className="dashboard-widget__actions">
          {actions}
          <a href={csvHref} download={`${filename}.csv`} role="button">
            {labels.csv}
          </a>
          {hasChart ? (
            <button type="button" onClick={() => void downloadPng()}>
              {labels.png}
            </button>
          ) : null}
        </div>
      </header>
      <div className="dashboard-widget__body" ref={body}>
        {children}
      </div>
    </section>
  )
}
