// List search without accents or case (issue 13, item 12): the admin's search box sends
// `{ or: [{ searchText: { like: <typed> } }] }` (Payload's mergeListSearchAndWhere), bulk actions
// and REST clients `where[searchText][like]=<typed>`; both find "Sở Sức khỏe" from "so suc khoe".
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Agency, Task, User } from '../../payload-types'
import { refreshAllSearchText } from '../../src/search'
import { createAgency, createGroupWithHead, createUser, day, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createIndicator } from '../helpers/reports'
import { restJson, restLogin } from '../helpers/rest'

let payload: Payload
let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let secretariat: User
let token: string
let health: Agency
let justice: Agency
let task: Task

const PASSWORD = 'Test@12345'
const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** What the admin's list view asks for when `typed` is in the search box. */
const listSearch = async (collection: CollectionSlug, typed: string) => {
  const where = mergeListSearchAndWhere({
    collectionConfig: payload.collections[collection].config,
    search: typed,
    where: {},
  })
  const { docs } = await payload.find({ collection, where, limit: 100, ...as(secretariat) })
  return docs.map((doc) => doc.id)
}

const assign = (data: Partial<Task>) =>
  payload.create({
    collection: 'tasks',
    data: {
      title: unique('Nhiệm vụ'),
      source: 'ad-hoc',
      leadAgency: health.id,
      assignedBy: setup.head.id,
      assignedOn: day('2025-02-05'),
      dueDate: day('2025-03-31'),
      ...data,
    } as never,
    ...as(secretariat),
  })

beforeAll(async () => {
  payload = await initPayload()
  setup = await createGroupWithHead(payload)
  const email = `${unique('search').toLowerCase()}@test.vn`
  secretariat = await createUser(payload, { roles: ['secretariat'], email, password: PASSWORD })
  token = await restLogin(email, PASSWORD)
  health = await createAgency(payload, {
    name: `Sở Sức khỏe Cộng đồng ${unique('A')}`,
    code: unique('SSK'),
  })
  justice = await createAgency(payload, { name: unique('Sở Tư pháp'), code: unique('STP') })
  task = await assign({
    code: unique('NV-ĐA06'),
    title: 'Cấp chữ ký số cho người dân',
    leadAgency: justice.id,
    coordinatingAgencies: [health.id],
  })
})

describe('list search without accents or case (issue 13, item 12)', () => {
  it('finds an agency typed without accents', async () => {
    expect(await listSearch('agencies', 'so suc khoe')).toEqual([health.id])
  })

  it('finds an agency typed in upper case with accents', async () => {
    expect(await listSearch('agencies', 'SỞ SỨC')).toEqual([health.id])
  })

  it('finds an agency from part of its words, in any order', async () => {
    expect(await listSearch('agencies', 'khoe cong suc')).toEqual([health.id])
  })

  it('finds a task by its title typed without accents', async () => {
    expect(await listSearch('tasks', 'chu ky so cho nguoi')).toEqual([task.id])
  })

  it('finds a task by its lead agency’s name', async () => {
    expect(await listSearch('tasks', 'SO TU PHAP')).toContain(task.id)
  })

  it('finds a task by part of its code, đ typed as d', async () => {
    expect(await listSearch('tasks', task.code!.slice(0, 10).replace('Đ', 'd'))).toContain(task.id)
  })

  it('finds nothing for words the record does not hold', async () => {
    expect(await listSearch('tasks', 'chu ky so khong co')).toEqual([])
  })

  it('finds a member by the person’s name typed without accents', async () => {
    const user = await createUser(payload, { fullName: `Nguyễn Thị Hường ${unique('H')}` })
    const seat = await payload.create({
      collection: 'members',
      data: {
        user: user.id,
        group: setup.group.id,
        position: 'member',
        agency: health.id,
        from: day('2023-01-01'),
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    expect(await listSearch('members', 'nguyen thi huong')).toEqual([seat.id])
  })

  it('finds an indicator by its Vietnamese name typed in upper case without accents', async () => {
    const indicator = await createIndicator(payload, {
      nameVi: `Số hồ sơ trực tuyến ${unique('I')}`,
    })
    expect(await listSearch('indicators', 'SO HO SO TRUC TUYEN')).toEqual([indicator.id])
  })

  it('finds an agency in a relationship picker typed without accents', async () => {
    // What @payloadcms/ui's relationship field asks for: a like on the title field (useAsTitle).
    const { docs } = await payload.find({
      collection: 'agencies',
      where: { and: [{ id: { not_in: [justice.id] } }, { name: { like: 'so suc khoe cong' } }] },
      ...as(secretariat),
    })
    expect(docs.map((doc) => doc.id)).toEqual([health.id])
  })

  it('finds a task through the REST API as the admin’s bulk actions send it', async () => {
    const { status, body } = await restJson(
      `/tasks?depth=0&where[searchText][like]=${encodeURIComponent('CẤP CHU KY')}`,
      { token },
    )
    expect({ status, ids: body.docs.map((doc: Task) => doc.id) }).toEqual({
      status: 200,
      ids: [task.id],
    })
  })

  it('keeps the search text current when the task’s title changes', async () => {
    const other = await assign({ title: 'Rà soát dữ liệu dân cư' })
    await payload.update({
      collection: 'tasks',
      id: other.id,
      data: { title: 'Làm sạch dữ liệu đất đai' },
      ...as(secretariat),
    })
    expect({
      old: await listSearch('tasks', 'ra soat du lieu dan cu'),
      new: await listSearch('tasks', 'lam sach dat dai'),
    }).toEqual({ old: [], new: [other.id] })
  })

  it('finds tasks by the new name of their renamed lead agency', async () => {
    const renamed = await createAgency(payload, { name: unique('Ban Dân tộc') })
    const led = await assign({ leadAgency: renamed.id })
    await payload.update({
      collection: 'agencies',
      id: renamed.id,
      data: { name: `Sở Dân tộc và Tôn giáo ${unique('R')}` },
      ...as(secretariat),
    })
    expect(await listSearch('tasks', 'dan toc va ton giao')).toEqual([led.id])
  })

  it('lists tasks newest first when no sort is asked for', async () => {
    const newer = await assign({})
    const { docs } = await payload.find({ collection: 'tasks', limit: 1, ...as(secretariat) })
    expect(docs[0]?.id).toBe(newer.id)
  })
})

describe('search column of every searched collection', () => {
  it.each([
    'tasks',
    'reports',
    'meetings',
    'members',
    'agencies',
    'documents',
    'indicators',
    'plans',
  ] as const)('%s: the list searches the hidden, normalised column', (slug) => {
    const { admin, fields } = payload.collections[slug].config
    const field = fields.find((item) => 'name' in item && item.name === 'searchText')
    expect({
      searchable: admin.listSearchableFields,
      hidden: (field?.admin as { hidden?: boolean } | undefined)?.hidden,
    }).toEqual({
      searchable: ['searchText'],
      hidden: true,
    })
  })
})

describe('backfill of the search column', () => {
  it('fills the column of records stored before it existed, keeping their other values', async () => {
    await payload.db.updateOne({
      collection: 'tasks',
      id: task.id,
      data: { searchText: null },
      returning: false,
    })
    expect(await listSearch('tasks', 'chu ky so cho nguoi')).toEqual([])
    const req = await createLocalReq({}, payload)
    const written = await refreshAllSearchText(payload, req)
    const stored = await payload.findByID({ collection: 'tasks', id: task.id, depth: 0 })
    expect({
      written: written.tasks,
      found: await listSearch('tasks', 'chu ky so cho nguoi'),
      coordinating: stored.coordinatingAgencies,
      title: stored.title,
    }).toEqual({
      written: 1,
      found: [task.id],
      coordinating: [health.id],
      title: 'Cấp chữ ký số cho người dân',
    })
  })
})

describe('bad input in the search box', () => {
  it.each([
    ['punctuation only', '%_!?*\\\'"();--'],
    ['500 characters', 'Sở Sức khỏe '.repeat(42).slice(0, 500)],
    ['500 one-letter words', 'a '.repeat(250)],
    ['marks only', '\u0301\u0323'],
  ])('answers a search of %s without an error', async (_, typed) => {
    const { status } = await restJson(
      `/tasks?depth=0&limit=5&where[searchText][like]=${encodeURIComponent(typed)}`,
      { token },
    )
    const local = await listSearch('tasks', typed)
    expect({ status, local: Array.isArray(local) }).toEqual({ status: 200, local: true })
  })
})
