// Words of Payload's admin that read wrongly to an official, said as they say them: a checkbox
// column shows "có"/"không" (Payload: "đúng"/"sai"), and an empty one a dash, not the raw key
// "general:null" (the cell translates `general:${value}`).
export const adminWords = {
  vi: { general: { true: 'Có', false: 'Không', null: '—' } },
  en: { general: { true: 'Yes', false: 'No', null: '—' } },
} as never
