import type { GroupField, TextFieldSingleValidation } from 'payload'

import {
  DEFAULT_BACKDATE_ALLOWANCE,
  DEFAULT_ISSUER_SYMBOL,
  MAX_BACKDATE_ALLOWANCE,
  DEFAULT_NUMBERING,
  ISSUER_SYMBOL_MAX_LENGTH,
  ISSUER_SYMBOL_PATTERN,
} from '../../hooks/rules/documentRegister'
import { l } from '../../src/i18n/label'

const validateIssuerSymbol: TextFieldSingleValidation = (value, { req }) => {
  if (!value || ISSUER_SYMBOL_PATTERN.test(value)) return true
  return req.i18n?.language === 'en'
    ? 'Capital letters, digits and inner hyphens only, e.g. TCT or CAT-PC06.'
    : 'Chỉ gồm chữ in hoa, chữ số và dấu gạch nối ở giữa, ví dụ TCT hoặc CAT-PC06.'
}

/** Decree 30, Art. 15: the issuer's symbol and how the register numbers (the Head decides). */
export const documentRegisterSettings: GroupField = {
  name: 'documentRegister',
  type: 'group',
  label: l('Sổ đăng ký văn bản đi', 'Register of outgoing documents'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'issuerSymbol',
          type: 'text',
          required: true,
          maxLength: ISSUER_SYMBOL_MAX_LENGTH,
          defaultValue: DEFAULT_ISSUER_SYMBOL,
          validate: validateIssuerSymbol,
          label: l('Ký hiệu cơ quan ban hành', "Issuer's symbol"),
          admin: { description: l('Ví dụ: 12/TB-TCT.', 'E.g. 12/TB-TCT.') },
        },
        {
          name: 'numbering',
          type: 'select',
          required: true,
          defaultValue: DEFAULT_NUMBERING,
          label: l('Cách đánh số', 'Numbering'),
          options: [
            { value: 'per-kind', label: l('Theo từng loại văn bản', 'One sequence per kind') },
            { value: 'single', label: l('Một dãy số chung', 'One sequence for all kinds') },
          ],
        },
      ],
    },
    {
      // R2.4: how far a document's date may precede its issuing day (no back-dating by default).
      name: 'backdateAllowanceDays',
      type: 'number',
      required: true,
      min: 0,
      max: MAX_BACKDATE_ALLOWANCE,
      defaultValue: DEFAULT_BACKDATE_ALLOWANCE,
      label: l('Số ngày được ghi lùi ngày văn bản', 'Days a document may be back-dated'),
      admin: {
        step: 1,
        description: l(
          'Ngày văn bản không được sớm hơn ngày ban hành trừ số ngày này (mặc định 0: văn bản mang ngày ban hành), và không sớm hơn ngày của văn bản đã ban hành gần nhất trong cùng sổ.',
          "A document's date may not be earlier than its issuing day minus these days (default 0: dated the day it is issued), nor earlier than the last issued document of its register.",
        ),
      },
    },
  ],
}
