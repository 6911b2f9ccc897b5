import { ValidationError, type GlobalBeforeChangeHook, type GlobalConfig } from 'payload'

import { authenticated, orgEditors } from '../src/access'
import {
  CHARTER_DEFAULTS,
  checkEditions,
  type CharterNumbers,
} from '../hooks/rules/charterSettings'
import { REPORT_CADENCES, REPORT_CADENCE_LABELS } from '../hooks/rules/supportGroupReport'
import { dayKeyOf, dayOnly } from '../src/fields/dates'
import { documentRegisterSettings } from './Documents/settingsField'
import { numberField } from '../src/fields/numberFields'
import { l, languageOf } from '../src/i18n/label'
import { rejectMalformedGlobalInput } from '../src/integrity'
import { forgetCharterSettingsRead } from '../src/charter/settings'

const dayNumber = (name: keyof CharterNumbers, label: { vi: string; en: string }) =>
  numberField({
    name,
    type: 'number' as const,
    required: true,
    min: 1,
    max: 28,
    defaultValue: CHARTER_DEFAULTS[name as keyof typeof CHARTER_DEFAULTS] as number,
    label,
    admin: { step: 1 },
  })

const validateEditions: GlobalBeforeChangeHook = ({ data, req }) => {
  if (!Array.isArray(data.editions)) return data
  const editions = (data.editions as Record<string, unknown>[]).map((edition) => ({
    ...(edition as unknown as CharterNumbers),
    effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
  }))
  const problems = checkEditions(editions)
  if (problems.length === 0) return data
  const language = languageOf(req)
  throw new ValidationError(
    {
      global: 'charter-settings',
      errors: problems.map((p) => ({
        path: `editions.${p.index}.${p.field}`,
        message: p[language],
      })),
    },
    req.t,
  )
}

export const CharterSettings: GlobalConfig = {
  slug: 'charter-settings',
  label: l('Tham số Quy chế', 'Charter settings'),
  access: {
    read: authenticated,
    update: orgEditors,
    readVersions: orgEditors,
  },
  admin: { group: l('Cấu hình', 'Settings') },
  fields: [
    {
      name: 'standingBodyEmail',
      type: 'email',
      label: l('Email nhận báo cáo của Cơ quan thường trực', "Standing body's report inbox"),
    },
    documentRegisterSettings,
    // R7.6: how often the Support Group reports to the Working Group.
    {
      name: 'supportGroupReportCadence',
      type: 'select',
      required: true,
      defaultValue: 'month',
      label: l('Kỳ báo cáo của Tổ giúp việc', "Support Group's reporting period"),
      options: REPORT_CADENCES.map((value) => ({ value, label: REPORT_CADENCE_LABELS[value] })),
    },
    {
      name: 'editions',
      type: 'array',
      required: true,
      minRows: 1,
      label: l('Các lần sửa đổi (theo ngày hiệu lực)', 'Editions (by effective date)'),
      labels: { singular: l('Phiên bản', 'Edition'), plural: l('Phiên bản', 'Editions') },
      fields: [
        {
          type: 'row',
          fields: [
            dayOnly('effectiveFrom', l('Hiệu lực từ ngày', 'Effective from'), { required: true }),
            {
              name: 'basis',
              type: 'text',
              maxLength: 200,
              label: l('Căn cứ (quyết định)', 'Basis (decision)'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            dayNumber(
              'meetingBeforeDay',
              l('Họp thường kỳ trước ngày', 'Regular meeting before day'),
            ),
            // R12.3a: the cut-off day of a month's data (Decree 09/2019/NĐ-CP, art. 12).
            {
              ...dayNumber(
                'dataEndDay',
                l('Số liệu tính đến ngày (từ ngày sau đó của tháng trước)', 'Data up to day'),
              ),
              max: 26,
            },
            dayNumber(
              'reportBeforeDay',
              l('Báo cáo tháng trước ngày', 'Monthly report before day'),
            ),
            dayNumber(
              'aggregateBeforeDay',
              l('Báo cáo tổng hợp trước ngày', 'Aggregate report before day'),
            ),
            dayNumber(
              'lockDay',
              l('Khóa kỳ báo cáo ngày (trong tháng báo cáo)', 'Lock period on day (report month)'),
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            numberField(
              {
                name: 'noticeLeadWorkingDays',
                type: 'number',
                required: true,
                min: 0,
                max: 10,
                defaultValue: CHARTER_DEFAULTS.noticeLeadWorkingDays,
                label: l('Gửi giấy mời trước (ngày làm việc)', 'Notice lead (working days)'),
              },
              { integer: true },
            ),
            numberField(
              {
                name: 'reminderDaysBefore',
                type: 'number',
                required: true,
                min: 0,
                max: 15,
                defaultValue: CHARTER_DEFAULTS.reminderDaysBefore,
                label: l('Nhắc hạn trước (ngày)', 'Reminder (days before)'),
              },
              { integer: true },
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'majorityBase',
              type: 'select',
              required: true,
              defaultValue: CHARTER_DEFAULTS.majorityBase,
              label: l('Đa số tính trên', 'Majority of'),
              options: [
                { value: 'present', label: l('Thành viên dự họp', 'Members present') },
                { value: 'all-members', label: l('Tổng số thành viên', 'All members') },
              ],
            },
            {
              name: 'tieRule',
              type: 'select',
              required: true,
              defaultValue: CHARTER_DEFAULTS.tieRule,
              label: l('Khi số phiếu ngang nhau', 'On a tie'),
              options: [
                {
                  value: 'chair-side',
                  label: l('Theo ý kiến người chủ trì', "The chair's side wins"),
                },
                { value: 'not-passed', label: l('Không thông qua', 'Not passed') },
              ],
            },
          ],
        },
      ],
    },
  ],
  hooks: {
    beforeValidate: [rejectMalformedGlobalInput(() => CharterSettings.fields)],
    beforeChange: [validateEditions],
    afterChange: [forgetCharterSettingsRead],
  },
  versions: { max: 50 },
}
