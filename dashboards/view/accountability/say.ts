import { formatDayKey } from '../../../hooks/rules/terms'
import type { AccountabilityTextKey } from './text'

export type Say = (key: AccountabilityTextKey) => string

export const dayText = (day: string | null, t: Say) => (day ? formatDayKey(day) : t('ongoing'))
