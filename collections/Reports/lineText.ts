// The indicator table's headings and captions, in the admin's two languages.

export type Language = 'vi' | 'en'

export const LINE_TEXT = {
  vi: {
    name: 'Chỉ tiêu',
    unit: 'Đơn vị',
    target: 'Kế hoạch năm',
    province: 'toàn tỉnh',
    previous: 'Tháng trước',
    value: 'Tháng này',
    note: 'Ghi chú',
    willSave: 'Sẽ lưu:',
    empty: 'Báo cáo được điền sẵn các chỉ tiêu của cơ quan khi lưu lần đầu.',
  },
  en: {
    name: 'Indicator',
    unit: 'Unit',
    target: 'Target',
    province: 'province',
    previous: 'Last month',
    value: 'This month',
    note: 'Note',
    willSave: 'Will be saved as:',
    empty: "The agency's indicators are filled in when the report is first saved.",
  },
} satisfies Record<Language, Record<string, string>>
