// Shared by the budget rules: the charter clauses they cite and how they write amounts and days.

import { clause, type Bilingual } from '../verdict'

export const r131 = clause(13, 1)
export const r132 = clause(13, 2)

export const vnd = (amount: number, language: 'vi' | 'en') =>
  `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US').format(amount)} đồng`

export const money = (amount: number): Bilingual => ({
  vi: vnd(amount, 'vi'),
  en: vnd(amount, 'en'),
})

export const formatKey = (key: string) =>
  `${key.slice(8, 10)}/${key.slice(5, 7)}/${key.slice(0, 4)}`
