'use client'

import { useRouter } from 'next/navigation'
import type { MouseEvent, ReactNode } from 'react'

/** The marks of the server-drawn charts and grids: each a link to the records behind it. */
const CHART_LINKS = 'a.dashboard-bar, a.dashboard-point, a.dashboard-cell'

/**
 * The widgets' grid. A plain click on a chart's link (drawn on the server, without handlers)
 * bubbles up here and navigates client-side, keeping the admin shell; a click with a modifier
 * key keeps the browser's own handling (a new tab).
 */
export const ChartLinks = ({ className, children }: { className: string; children: ReactNode }) => {
  const router = useRouter()
  const follow = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const href = (event.target as Element).closest(CHART_LINKS)?.getAttribute('href')
    // Only the admin's own paths (never a protocol-relative `//host`).
    if (!href?.startsWith('/') || href.startsWith('//')) return
    event.preventDefault()
    router.push(href)
  }
  return (
    <div className={className} onClick={follow}>
      {children}
    </div>
  )
}
