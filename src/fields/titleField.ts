import type { TextField } from 'payload'

import { systemOnly } from '../access'
import { l } from '../i18n/label'

/**
 * The record's name in its header, breadcrumbs and relationship pickers (`useAsTitle`), written by
 * the collection's hooks from its fields and never typed by anyone.
 */
export const titleField = (maxLength = 300): TextField => ({
  name: 'title',
  type: 'text',
  maxLength,
  label: l('Tiêu đề', 'Title'),
  admin: { hidden: true },
  access: systemOnly,
})
