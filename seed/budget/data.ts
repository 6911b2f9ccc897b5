import { LINES_2022_2023 } from './lines2022to2023'
import { LINES_2024 } from './lines2024'
import { LINES_2025_2026 } from './lines2025to2026'
import { type LineSeed } from './terms'

/** R13: the groups' funds 2022–2026, every line under its allocation decision, with its spending. */
export const BUDGET_LINES: LineSeed[] = [...LINES_2022_2023, ...LINES_2024, ...LINES_2025_2026]
