// R7.5: the form of a data call ("đề nghị báo cáo nhanh số liệu") and the answers to it. The
// shape shared by the call's fields, the online response, the XLSX template and its upload, and
// the consolidated workbook. Pure: no Payload, no database.

export const FIELD_KINDS = ['number', 'text', 'choice', 'date', 'file'] as const
export type FieldKind = (typeof FIELD_KINDS)[number]

export const FIELD_KIND_LABELS: Record<FieldKind, { vi: string; en: string }> = {
  number: { vi: 'Số', en: 'Number' },
  text: { vi: 'Văn bản', en: 'Text' },
  choice: { vi: 'Lựa chọn', en: 'Choice' },
  date: { vi: 'Ngày', en: 'Date' },
  file: { vi: 'Tệp đính kèm', en: 'File' },
}

/** How a number field is totalled across agencies in the consolidated workbook. */
export const AGGREGATIONS = ['sum', 'average', 'min', 'max', 'none'] as const
export type Aggregation = (typeof AGGREGATIONS)[number]

export const AGGREGATION_LABELS: Record<Aggregation, { vi: string; en: string }> = {
  sum: { vi: 'Cộng tổng', en: 'Sum' },
  average: { vi: 'Bình quân', en: 'Average' },
  min: { vi: 'Nhỏ nhất', en: 'Minimum' },
  max: { vi: 'Lớn nhất', en: 'Maximum' },
  none: { vi: 'Không tổng hợp', en: 'Not totalled' },
}

/** One question of a call, as stored on the call (its `fields` array rows). */
export type FormField = {
  /** Stable key within the call (a-z, 0-9, '-'), e.g. "so-cccd-da-cap"; answers refer to it. */
  key: string
  label: string
  kind: FieldKind
  required: boolean
  /** number: the unit shown beside the value ("hồ sơ", "%"). */
  unit?: string | null
  /** number: how the consolidated workbook totals it. */
  aggregation?: Aggregation | null
  /** number: whole numbers only. */
  wholeNumber?: boolean | null
  /** choice: the allowed values, one per entry. */
  choices?: string[] | null
  /** When built from an indicator of the catalogue: its id. */
  indicator?: number | string | null
}

/** One answer of a response (its `answers` array rows): the value sits in the column of its kind. */
export type Answer = {
  key: string
  number?: number | null
  text?: string | null
  /** choice answers are stored as text. */
  date?: string | null
  /** file: a media id. */
  file?: number | string | null
}
