import { addDaysToKey } from '../../src/lib/clock'

// Dated terms use Vietnam calendar day keys (YYYY-MM-DD), inclusive at both ends; an open end is null.
export type Term = { from: string; to?: string | null }

export const termCovers = (term: Term, day: string): boolean =>
  term.from <= day && (!term.to || day <= term.to)

export const termsOverlap = (a: Term, b: Term): boolean =>
  a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')

/** True when `outer` covers every day of `inner`. */
export const termContains = (outer: Term, inner: Term): boolean =>
  outer.from <= inner.from && (!outer.to || (!!inner.to && inner.to <= outer.to))

/** Joins terms that overlap or follow each other without a gap (a reappointment). */
export const mergeTerms = (terms: readonly Term[]): Term[] => {
  const sorted = [...terms].sort((a, b) => (a.from < b.from ? -1 : 1))
  const merged: Term[] = []
  for (const term of sorted) {
    const last = merged[merged.length - 1]
    if (last && (!last.to || term.from <= addDaysToKey(last.to, 1))) {
      last.to = !last.to || !term.to ? null : last.to > term.to ? last.to : term.to
    } else {
      merged.push({ ...term })
    }
  }
  return merged
}

export const formatDayKey = (day: string): string => {
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year}`
}

export const formatTerm = (term: Term): string =>
  `${formatDayKey(term.from)} – ${term.to ? formatDayKey(term.to) : '…'}`
