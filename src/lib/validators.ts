import type { TextFieldSingleValidation } from 'payload'

// At most 20 characters in all (the field's maxLength), 8 or more of them digits.
const PHONE = /^(?=.{8,20}$)\+?[0-9][0-9 .-]*$/

export const validatePhone: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  if (PHONE.test(value)) return true
  return req.i18n?.language === 'en'
    ? 'A phone number has 8–20 digits (spaces, dots, dashes and a leading + allowed).'
    : 'Số điện thoại gồm 8–20 chữ số (cho phép dấu cách, chấm, gạch ngang và dấu + ở đầu).'
}
