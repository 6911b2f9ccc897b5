import { l } from '../i18n/label'

// R1.1: a province's units and people are data, never code: a new province starts from its own
// lists. The lists it imports from Excel, in the order they depend on each other: agencies
// first (users and members name their agency by code), then users (members name their person by
// email), members, indicators, and the yearly targets of the indicators.

export const IMPORT_LIST_SLUGS = ['agencies', 'users', 'members', 'indicators', 'targets'] as const
export type ImportListSlug = (typeof IMPORT_LIST_SLUGS)[number]

export type Bilingual = { vi: string; en: string }

export const IMPORT_LISTS: { slug: ImportListSlug; label: Bilingual; file: string }[] = [
  { slug: 'agencies', label: l('Cơ quan, đơn vị', 'Agencies'), file: 'mau-co-quan-don-vi.xlsx' },
  { slug: 'users', label: l('Người dùng', 'Users'), file: 'mau-nguoi-dung.xlsx' },
  {
    slug: 'members',
    label: l('Thành viên Tổ công tác, Tổ giúp việc', 'Members'),
    file: 'mau-thanh-vien.xlsx',
  },
  { slug: 'indicators', label: l('Chỉ tiêu báo cáo', 'Indicators'), file: 'mau-chi-tieu.xlsx' },
  {
    slug: 'targets',
    label: l('Chỉ tiêu kế hoạch năm', 'Yearly targets'),
    file: 'mau-chi-tieu-ke-hoach-nam.xlsx',
  },
]

export const isImportList = (value: unknown): value is ImportListSlug =>
  typeof value === 'string' && (IMPORT_LIST_SLUGS as readonly string[]).includes(value)

export type CellType = 'text' | 'email' | 'number' | 'integer' | 'date' | 'select' | 'multi' | 'yesNo'

export type ColumnOption = { value: string; label: Bilingual }

/** One column of a list's template: the field it fills, its header and how a cell is read. */
export type ImportColumn = {
  /** The record's field (or, for a reference, the name the resolver reads: `agencyCode`). */
  key: string
  header: string
  help: string
  type: CellType
  required?: boolean
  maxLength?: number
  options?: readonly ColumnOption[]
  example: string | number | Date
}

export type ImportSpec = {
  slug: ImportListSlug
  /** The sheet the rows are on (the template's first sheet). */
  sheet: string
  columns: readonly ImportColumn[]
  /** The columns that identify a record, inside the file and against the stored ones. */
  keyColumns: readonly string[]
}
