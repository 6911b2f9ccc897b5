import { clauseOfRule } from '../../../hooks/rules/verdict'
import type { AdminLanguage } from '../../../src/i18n/label'
import type { DashboardData } from '../../types'
import { csvHref } from '../csv'
import { filtersToParams, toQueryString } from '../filterParams'
import type { WidgetKey } from '../layout'
import { say, TEXT, WIDGET_RULES } from '../text'

export type WidgetProps = { data: DashboardData; language: AdminLanguage }

/** The charter clause a widget shows, for its title's tooltip: "Quy chế, Điều 14 khoản 2". */
const ruleNote = (rule: string | undefined, language: AdminLanguage): string | undefined =>
  rule ? `${say(CHARTER, language)}, ${clauseOfRule(rule)[language]}` : undefined

const CHARTER = { vi: 'Quy chế', en: 'Charter' }

/** The props every widget's frame shares: title, where its CSV is built, file name, button words. */
export const frameProps = (key: WidgetKey, data: DashboardData, language: AdminLanguage) => ({
  id: key,
  title: say(TEXT[key], language),
  ruleNote: ruleNote(WIDGET_RULES[key], language),
  csvHref: csvHref(key, toQueryString(filtersToParams(data.filters))),
  filename: `dashboard-${key}-${data.filters.period}`,
  labels: { csv: say(TEXT.csv, language), png: say(TEXT.png, language) },
})

const formats = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
}

export const formatNumber = (value: number | null, language: AdminLanguage): string =>
  value === null ? '—' : formats[language].format(value)

/** Rates come as percentages (0–100, one decimal) from the query functions. */
export const formatRate = (rate: number | null, language: AdminLanguage): string =>
  rate === null ? '—' : `${formats[language].format(rate)} %`
