import { describe, expect, it } from 'vitest'

import { AUDIT_LOG_SLUG, changedFieldNames } from '../../src/audit'

describe('AUDIT_LOG_SLUG', () => {
  it('names the append-only audit collection', () => {
    expect(AUDIT_LOG_SLUG).toBe('audit-log')
  })
})

describe('changedFieldNames', () => {
  it('lists every filled field of a created record, sorted', () => {
    expect(
      changedFieldNames(undefined, { title: 'Họp tháng 7', kind: 'regular', agenda: [] }),
    ).toEqual(['agenda', 'kind', 'title'])
  })

  it('leaves out fields that are empty on a created record', () => {
    expect(changedFieldNames(undefined, { title: 'Họp', to: null, note: undefined })).toEqual([
      'title',
    ])
  })

  it('lists nothing when an update changes nothing', () => {
    const doc = { id: 1, title: 'Họp', from: '2024-07-01' }
    expect(changedFieldNames(doc, { ...doc })).toEqual([])
  })

  it('lists a field whose value changed', () => {
    expect(
      changedFieldNames({ title: 'A', kind: 'regular' }, { title: 'B', kind: 'regular' }),
    ).toEqual(['title'])
  })

  it('lists a field that was added', () => {
    expect(changedFieldNames({ title: 'A' }, { title: 'A', to: '2024-12-31' })).toEqual(['to'])
  })

  it('lists a field that was removed', () => {
    expect(changedFieldNames({ title: 'A', to: '2024-12-31' }, { title: 'A' })).toEqual(['to'])
  })

  it('lists a field cleared to null', () => {
    expect(changedFieldNames({ to: '2024-12-31' }, { to: null })).toEqual(['to'])
  })

  it('treats missing, undefined and null as the same empty value', () => {
    expect(changedFieldNames({ to: null, note: undefined }, { note: null })).toEqual([])
  })

  it('treats a number and its string form as different', () => {
    expect(changedFieldNames({ group: 1 }, { group: '1' })).toEqual(['group'])
  })

  it('treats 0, false and the empty string as values, not as empty', () => {
    expect(changedFieldNames({}, { progress: 0, done: false, note: '' })).toEqual([
      'done',
      'note',
      'progress',
    ])
  })

  it('compares nested objects by value', () => {
    expect(
      changedFieldNames(
        { attendance: [{ member: 1, status: 'present' }] },
        { attendance: [{ member: 1, status: 'present' }] },
      ),
    ).toEqual([])
  })

  it('lists a field whose nested value changed', () => {
    expect(
      changedFieldNames(
        { attendance: [{ member: 1, status: 'present' }] },
        { attendance: [{ member: 1, status: 'absent' }] },
      ),
    ).toEqual(['attendance'])
  })

  it('lists a list whose order changed', () => {
    expect(
      changedFieldNames(
        { scopes: ['chair', 'sign-for-head'] },
        { scopes: ['sign-for-head', 'chair'] },
      ),
    ).toEqual(['scopes'])
  })

  it('ignores bookkeeping fields', () => {
    expect(
      changedFieldNames(
        {
          id: 1,
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
          createdBy: 1,
          updatedBy: 1,
        },
        {
          id: 2,
          createdAt: '2024-02-01T00:00:00.000Z',
          updatedAt: '2024-02-01T00:00:00.000Z',
          createdBy: 2,
          updatedBy: 2,
        },
      ),
    ).toEqual([])
  })

  it('never reports auth secrets and lock state as changed fields', () => {
    expect(
      changedFieldNames(
        { hash: 'a', salt: 'b', loginAttempts: 0, lockUntil: null, sessions: [] },
        {
          hash: 'c',
          salt: 'd',
          loginAttempts: 3,
          lockUntil: '2024-07-01',
          sessions: [{ id: 's' }],
        },
      ),
    ).toEqual([])
  })

  it('reports a password change through its non-secret fields only', () => {
    expect(
      changedFieldNames(
        { email: 'a@b.vn', hash: 'old', salt: 'x' },
        { email: 'c@d.vn', hash: 'new', salt: 'y' },
      ),
    ).toEqual(['email'])
  })

  it('sorts the changed field names', () => {
    expect(changedFieldNames({}, { zeta: 1, alpha: 2, mu: 3 })).toEqual(['alpha', 'mu', 'zeta'])
  })

  it('lists each changed field once', () => {
    expect(changedFieldNames({ title: 'A' }, { title: 'B' })).toEqual(['title'])
  })
})
