import type { TextFieldSingleValidation } from 'payload'

const PHONE = /^\+?[0-9 .-]{8,20}$/

export const validatePhone: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  if (PHONE.test(value)) return true
  return req.i18n?.language === 'en'
    ? 'A phone number has 8–20 digits (spaces, dots, dashes and a leading + allowed).'
    : 'Số điện thoại gồm 8–20 chữ số (cho phép dấu cách, chấm, gạch ngang và dấu + ở đầu).'
}
