import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly, authenticated, orgEditors } from '../src/access'
import { assertField } from '../src/lib/assertVerdict'
import { numberField } from '../src/fields/numberFields'
import { l } from '../src/i18n/label'
import { searchText, searchable } from '../src/search'
import { idOf } from '../src/lib/relations'
import { AGENCY_KINDS } from './Agencies'
import { collectionHooks } from '../src/lib/hookChain'
import { inputIntegrity } from '../src/integrity'
import { audit } from '../src/audit'
import { indicatorRollups } from '../src/rollups/hooks'

export const INDICATOR_GROUPS = [
  {
    value: 'G1',
    label: l(
      'Nhóm 1: Phục vụ giải quyết TTHC và dịch vụ công trực tuyến',
      'G1: Online public services',
    ),
  },
  {
    value: 'G2',
    label: l('Nhóm 2: Phục vụ phát triển kinh tế – xã hội', 'G2: Socio-economic development'),
  },
  { value: 'G3', label: l('Nhóm 3: Phục vụ phát triển công dân số', 'G3: Digital citizens') },
  {
    value: 'G4',
    label: l('Nhóm 4: Hoàn thiện hệ sinh thái dữ liệu dân cư', 'G4: Population data ecosystem'),
  },
  { value: 'G5', label: l('Nhóm 5: Phục vụ chỉ đạo, điều hành', 'G5: Direction and management') },
]

export const INDICATOR_AGGREGATIONS = [
  { value: 'sum', label: l('Cộng dồn (tổng các đơn vị)', 'Sum') },
  { value: 'latest', label: l('Số liệu mới nhất (lũy kế đến kỳ)', 'Latest value') },
  { value: 'average', label: l('Bình quân', 'Average') },
  { value: 'ratio', label: l('Tỷ lệ (tử số/mẫu số)', 'Ratio (numerator/denominator)') },
]

export const INDICATOR_SOURCES = [
  { value: 'reported', label: l('Cơ quan báo cáo', 'Reported by agencies') },
  { value: 'derived', label: l('Tính từ chỉ tiêu khác', 'Derived from other indicators') },
  { value: 'tasks', label: l('Đếm từ nhiệm vụ', 'Counted from tasks') },
]

export const TASK_MEASURES = [
  { value: 'assigned', label: l('Nhiệm vụ được giao trong kỳ', 'Tasks assigned in the period') },
  { value: 'completed-on-time', label: l('Hoàn thành đúng hạn', 'Completed on time') },
  { value: 'open-overdue', label: l('Quá hạn chưa hoàn thành', 'Open overdue') },
  { value: 'on-time-rate', label: l('Tỷ lệ hoàn thành đúng hạn', 'On-time completion rate') },
]

const CODE = /^[A-Z0-9_]+$/

// A derived ratio names both its terms; a figure counted from tasks names what it counts; nobody
// reports either of them.
const checkDefinition: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const check = (ok: boolean, path: string, vi: string, en: string) =>
    assertField(ok, req, path, { vi, en }, 'indicators')
  if (typeof merged.code === 'string') {
    data.code = merged.code.trim().toUpperCase()
    check(
      CODE.test(data.code),
      'code',
      'Mã chỉ tiêu chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới.',
      'An indicator code has capital letters, digits and underscores only.',
    )
  }
  const source = merged.source ?? 'reported'
  if (source === 'derived') {
    check(
      merged.aggregation === 'ratio' &&
        idOf(merged.numerator) !== null &&
        idOf(merged.denominator) !== null,
      'numerator',
      'Chỉ tiêu tính từ chỉ tiêu khác phải là tỷ lệ, có tử số và mẫu số.',
      'A derived indicator is a ratio with a numerator and a denominator.',
    )
    const self = originalDoc?.id
    check(
      self === undefined ||
        (String(idOf(merged.numerator)) !== String(self) &&
          String(idOf(merged.denominator)) !== String(self)),
      'numerator',
      'Chỉ tiêu không thể tính từ chính nó.',
      'An indicator cannot be derived from itself.',
    )
  }
  if (source === 'tasks') {
    check(
      Boolean(merged.taskMeasure),
      'taskMeasure',
      'Chỉ tiêu đếm từ nhiệm vụ phải ghi rõ đếm gì.',
      'An indicator counted from tasks says what it counts.',
    )
  }
  return data
}

/** The Đề án 06 indicators agencies report on, monthly (seeded; kept by the standing body). */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: l('Chỉ tiêu', 'Indicator'), plural: l('Chỉ tiêu báo cáo', 'Indicators') },
  access: {
    read: authenticated,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'nameVi',
    defaultColumns: ['code', 'nameVi', 'unit', 'group', 'aggregation', 'source', 'active'],
    listSearchableFields: ['searchText'],
    group: l('Báo cáo', 'Reporting'),
  },
  custom: searchable({
    label: l('mã, tên chỉ tiêu', 'code, name'),
    fields: ['code', 'nameVi', 'nameEn'],
  }),
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          maxLength: 60,
          label: l('Mã chỉ tiêu', 'Code'),
        },
        {
          name: 'unit',
          type: 'text',
          required: true,
          maxLength: 40,
          label: l('Đơn vị tính', 'Unit'),
          admin: { description: l('Ghi "%" cho tỷ lệ phần trăm.', 'Use "%" for percentages.') },
        },
        {
          name: 'group',
          type: 'select',
          required: true,
          index: true,
          label: l('Nhóm tiện ích', 'Group'),
          options: INDICATOR_GROUPS,
        },
      ],
    },
    {
      name: 'nameVi',
      type: 'text',
      required: true,
      maxLength: 300,
      label: l('Tên chỉ tiêu', 'Name (Vietnamese)'),
    },
    { name: 'nameEn', type: 'text', maxLength: 300, label: l('Tên tiếng Anh', 'Name (English)') },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'reported',
          label: l('Nguồn số liệu', 'Source'),
          options: INDICATOR_SOURCES,
        },
        {
          name: 'aggregation',
          type: 'select',
          required: true,
          defaultValue: 'sum',
          label: l('Cách tổng hợp', 'Aggregation'),
          options: INDICATOR_AGGREGATIONS,
        },
        {
          name: 'taskMeasure',
          type: 'select',
          label: l('Đếm từ nhiệm vụ', 'Counted from tasks'),
          options: TASK_MEASURES,
          admin: { condition: (data) => data?.source === 'tasks' },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.source === 'derived' },
      fields: [
        {
          name: 'numerator',
          type: 'relationship',
          relationTo: 'indicators',
          label: l('Tử số', 'Numerator'),
        },
        {
          name: 'denominator',
          type: 'relationship',
          relationTo: 'indicators',
          label: l('Mẫu số', 'Denominator'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cumulative',
          type: 'checkbox',
          defaultValue: false,
          label: l('Số lũy kế (không giảm)', 'Cumulative (never decreases)'),
        },
        {
          name: 'wholeNumber',
          type: 'checkbox',
          defaultValue: true,
          label: l('Chỉ nhận số nguyên', 'Whole numbers only'),
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          label: l('Đang áp dụng', 'Active'),
        },
      ],
    },
    numberField({
      name: 'plausibilityRatio',
      type: 'number',
      defaultValue: 3,
      min: 1,
      label: l('Ngưỡng biến động bất thường (lần)', 'Unusual change threshold (times)'),
      admin: {
        description: l(
          'Khi số liệu tháng này tăng hoặc giảm quá số lần này so với tháng trước, biểu mẫu báo cáo cảnh báo để người nhập kiểm tra lại (không chặn việc lưu).',
          'When this month’s figure rises or falls by more than this many times from last month, the report form warns the reporter to check it (saving is never blocked).',
        ),
      },
    }),
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: l('Cơ quan chủ trì chỉ tiêu', 'Owning agency'),
      admin: {
        description: l(
          'Cơ quan chủ trì luôn báo cáo chỉ tiêu (kể cả cơ quan kế thừa sau sáp nhập).',
          'The owning agency always reports it (so does its successor after a merger).',
        ),
      },
    },
    {
      name: 'reportedBy',
      type: 'select',
      hasMany: true,
      label: l('Loại cơ quan cùng báo cáo', 'Agency kinds that also report it'),
      options: AGENCY_KINDS,
    },
    numberField({
      name: 'order',
      type: 'number',
      index: true,
      defaultValue: 0,
      label: l('Thứ tự hiển thị', 'Display order'),
      admin: { position: 'sidebar', step: 1 },
    }),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Indicators),
    {
      beforeChange: [checkDefinition],
    },
    searchText,
    indicatorRollups,
    audit,
  ),
}
