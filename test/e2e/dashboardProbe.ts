// What "the dashboard has drawn" means, evaluated in the page: every widget that offers a chart
// has drawn at least one mark (a linked bar, point or grid cell, or a line) inside its SVG.
export const CHART_MARKS =
  'svg a.dashboard-bar, svg a.dashboard-point, svg .dashboard-cell, svg .dashboard-line'

/** Milliseconds since the navigation started once every chart has drawn; false before. */
export const chartsDrawnAt = (marks: string): number | false => {
  const widgets = Array.from(document.querySelectorAll('[data-has-chart="true"]'))
  const drawn =
    widgets.length > 0 && widgets.every((widget) => widget.querySelector(marks) !== null)
  return drawn ? performance.now() : false
}
