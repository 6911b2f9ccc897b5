import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { dataShapeProblem } from '../../src/lib/restGuard/body'

// The admin's form sends values Payload converts before any hook (an emptied array as 0, a
// checkbox as "true", a number as text, an emptied relationship as ""): the guard must judge
// them as Payload stores them, or a reporter's ordinary save is refused.
const fields: Field[] = [
  {
    name: 'taskLines',
    type: 'array',
    fields: [
      { name: 'done', type: 'checkbox' },
      { name: 'progress', type: 'number' },
      { name: 'task', type: 'relationship', relationTo: 'tasks' },
    ],
  },
  { name: 'confirmed', type: 'checkbox' },
  { name: 'amount', type: 'number' },
  { name: 'agency', type: 'relationship', relationTo: 'agencies' },
  { name: 'tags', type: 'relationship', relationTo: 'agencies', hasMany: true },
  { name: 'extra', type: 'group', fields: [{ name: 'flag', type: 'checkbox' }] },
  { name: 'dueDate', type: 'date' },
  { name: 'updatedAt', type: 'date' },
] as Field[]

describe('REST guard judges form values as Payload converts them (issue 11)', () => {
  it('accepts an emptied array sent as 0 or "0"', () => {
    expect(dataShapeProblem(fields, { taskLines: 0 })).toBeNull()
    expect(dataShapeProblem(fields, { taskLines: '0' })).toBeNull()
  })

  it('accepts checkboxes, numbers and emptied relationships sent as text, in rows and groups', () => {
    const data = {
      confirmed: 'true',
      amount: ' 12.5 ',
      agency: '',
      tags: 'none',
      extra: { flag: 'false' },
      taskLines: [{ done: '', progress: '40', task: 'null' }],
    }
    expect(dataShapeProblem(fields, data)).toBeNull()
  })

  it('still refuses a list where a list is not, and a null row', () => {
    expect(dataShapeProblem(fields, { taskLines: 3 })).toMatchObject({
      vi: expect.stringMatching(/một danh sách/),
    })
    expect(dataShapeProblem(fields, { taskLines: [null] })).not.toBeNull()
    expect(dataShapeProblem(fields, { confirmed: 'yes' })).not.toBeNull()
  })

  it('accepts an emptied date but not an empty save time (a 500 found by the property test)', () => {
    expect(dataShapeProblem(fields, { dueDate: '' })).toBeNull()
    expect(dataShapeProblem(fields, { updatedAt: '' })).toMatchObject({
      vi: expect.stringMatching(/không phải là ngày hợp lệ/),
    })
  })
})
