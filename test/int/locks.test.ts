import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Task, User } from '../../payload-types'
import { createAgency, createGroupWithHead, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { restJson, restLogin } from '../helpers/rest'

// Issue 11 M6: `payload-locked-documents` holds who is editing which record. Users hold and
// release only their own locks, on records they may update, and read others' locks only on
// records they may read; the admin's own document locking keeps working for each role.

const LOCKS = 'payload-locked-documents'
const PASSWORD = 'Test@12345'

let payload: Payload
let ownAgency: number
let admin: User
let secretariat: User
let reporter: User
let viewer: User
let ownTask: Task
let otherTask: Task
const tokens: Record<string, string> = {}

const task = async (leadAgency: number, head: number) =>
  payload.create({
    collection: 'tasks',
    data: {
      title: 'Số hóa hồ sơ',
      source: 'ad-hoc',
      leadAgency,
      assignedBy: head,
      assignedOn: day('2025-02-05'),
      dueDate: day('2025-03-31'),
    } as never,
    overrideAccess: true,
    depth: 0,
  })

/** A lock stored as the admin UI stores it (through the adapter, no access involved). */
const lockAs = (user: User, target: { tasks: number } | { global: string }) =>
  payload.db.create({
    collection: LOCKS,
    data: {
      ...('tasks' in target
        ? { document: { relationTo: 'tasks', value: target.tasks } }
        : { globalSlug: target.global }),
      user: { relationTo: 'users', value: user.id },
    },
  })

const lockCount = async () =>
  (await payload.count({ collection: LOCKS, overrideAccess: true })).totalDocs

const clearLocks = () => payload.db.deleteMany({ collection: LOCKS, where: {} })

beforeAll(async () => {
  payload = await initPayload()
  const { head } = await createGroupWithHead(payload)
  ownAgency = (await createAgency(payload)).id
  const otherAgency = (await createAgency(payload)).id
  admin = await createUser(payload, { roles: ['admin'] })
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  reporter = await createUser(payload, { roles: ['reporter'], agency: ownAgency })
  viewer = await createUser(payload, { roles: ['viewer'] })
  for (const user of [admin, secretariat, reporter, viewer]) {
    tokens[user.roles![0]!] = await restLogin(user.email, PASSWORD)
  }
  ownTask = await task(ownAgency, head.id)
  otherTask = await task(otherAgency, head.id)
})

describe('locks are held by their owner on records he/she may update (issue 11 M6)', () => {
  it('a viewer cannot create a lock claiming to be the admin, nor one of his/her own (issue 11 M6)', async () => {
    await clearLocks()
    const claim = await restJson(`/${LOCKS}`, {
      method: 'POST',
      token: tokens.viewer,
      body: {
        document: { relationTo: 'tasks', value: ownTask.id },
        user: { relationTo: 'users', value: admin.id },
      },
    })
    expect(claim.status).toBe(403)
    const own = await restJson(`/${LOCKS}`, {
      method: 'POST',
      token: tokens.viewer,
      body: {
        document: { relationTo: 'tasks', value: ownTask.id },
        user: { relationTo: 'users', value: viewer.id },
      },
    })
    expect(own.status).toBe(403)
    expect(await lockCount()).toBe(0)
  })

  it('a reporter cannot lock charter-settings nor another agency’s task (issue 11 M6)', async () => {
    await clearLocks()
    const settings = await restJson(`/${LOCKS}`, {
      method: 'POST',
      token: tokens.reporter,
      body: { globalSlug: 'charter-settings', user: { relationTo: 'users', value: reporter.id } },
    })
    expect(settings.status).toBe(403)
    const foreign = await restJson(`/${LOCKS}`, {
      method: 'POST',
      token: tokens.reporter,
      body: {
        document: { relationTo: 'tasks', value: otherTask.id },
        user: { relationTo: 'users', value: reporter.id },
      },
    })
    expect(foreign.status).toBe(403)
    expect(await lockCount()).toBe(0)
  })

  it('a reporter lists only his/her own locks and locks on records he/she may read (issue 11 M6)', async () => {
    await clearLocks()
    const foreign = await lockAs(admin, { tasks: otherTask.id })
    const visible = await lockAs(secretariat, { tasks: ownTask.id })
    const global = await lockAs(secretariat, { global: 'charter-settings' })
    const { status, body } = await restJson(`/${LOCKS}?depth=0&limit=100`, {
      token: tokens.reporter,
    })
    expect(status).toBe(200)
    const ids = body.docs.map((doc: { id: number }) => doc.id)
    expect(ids).not.toContain(foreign.id)
    expect(ids.sort()).toEqual([visible.id, global.id].sort())
    const byId = await restJson(`/${LOCKS}/${foreign.id}`, { token: tokens.reporter })
    expect(byId.status).toBe(404)
    const admins = await restJson(`/${LOCKS}?depth=0&limit=100`, { token: tokens.admin })
    expect(admins.body.docs).toHaveLength(3)
  })

  it('a reporter cannot delete or take over another user’s lock on a record he/she may not edit (issue 11 M6)', async () => {
    await clearLocks()
    const foreign = await lockAs(admin, { tasks: otherTask.id })
    const settings = await lockAs(secretariat, { global: 'charter-settings' })
    for (const lock of [foreign, settings]) {
      const removed = await restJson(`/${LOCKS}/${lock.id}`, {
        method: 'DELETE',
        token: tokens.reporter,
      })
      expect([403, 404]).toContain(removed.status)
      const taken = await restJson(`/${LOCKS}/${lock.id}`, {
        method: 'PATCH',
        token: tokens.reporter,
        body: { user: { relationTo: 'users', value: reporter.id } },
      })
      expect([403, 404]).toContain(taken.status)
    }
    const bulk = await restJson(`/${LOCKS}?where[id][exists]=true`, {
      method: 'DELETE',
      token: tokens.viewer,
    })
    expect(bulk.status).toBeLessThan(500)
    const stored = await payload.find({ collection: LOCKS, depth: 0, overrideAccess: true })
    expect(stored.docs.map((doc) => [doc.id, (doc.user as { value: number }).value])).toEqual(
      expect.arrayContaining([
        [foreign.id, admin.id],
        [settings.id, secretariat.id],
      ]),
    )
    expect(stored.totalDocs).toBe(2)
  })
})

describe('the admin’s document locking keeps working for each role (issue 11 M6)', () => {
  const lockQuery = (id: number) =>
    `where[document.relationTo][equals]=tasks&where[document.value][equals]=${id}`

  for (const role of ['admin', 'secretariat', 'reporter'] as const) {
    it(`${role}: opening an editable task locks it, others who may read it see the lock, leaving releases it`, async () => {
      await clearLocks()
      const user = { admin, secretariat, reporter }[role]
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      // What the edit view does on opening and on each form-state request.
      const opened = await handleFormStateLocking({ id: ownTask.id, collectionSlug: 'tasks', req })
      expect(opened).toMatchObject({ isLocked: true })
      const again = await handleFormStateLocking({
        id: ownTask.id,
        collectionSlug: 'tasks',
        req,
        updateLastEdited: true,
      })
      expect(again).toMatchObject({ isLocked: true })
      expect(await lockCount()).toBe(1)
      // Someone else who may read the task sees who is editing (getIsLocked's query).
      const other = role === 'secretariat' ? admin : secretariat
      const otherReq = await createLocalReq(
        { user: { ...other, collection: 'users' } as never },
        payload,
      )
      const seen = await payload.find({
        collection: LOCKS,
        depth: 1,
        overrideAccess: false,
        req: otherReq,
        where: {
          and: [
            { 'document.value': { equals: ownTask.id } },
            { 'document.relationTo': { equals: 'tasks' } },
          ],
        },
      })
      expect(seen.docs).toHaveLength(1)
      // Leaving the document: the edit view's unlockDocument over REST.
      const found = await restJson(`/${LOCKS}?${lockQuery(ownTask.id)}`, { token: tokens[role] })
      expect(found.body.docs).toHaveLength(1)
      const released = await restJson(`/${LOCKS}/${found.body.docs[0].id}`, {
        method: 'DELETE',
        token: tokens[role],
      })
      expect(released.status).toBe(200)
      expect(await lockCount()).toBe(0)
    })
  }

  it('take over: a user who may edit the record takes another user’s lock over', async () => {
    await clearLocks()
    const lock = await lockAs(reporter, { tasks: ownTask.id })
    const taken = await restJson(`/${LOCKS}/${lock.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { user: { relationTo: 'users', value: secretariat.id } },
    })
    expect(taken.status).toBe(200)
    const stored = await payload.findByID({ collection: LOCKS, id: lock.id, depth: 0 })
    expect((stored.user as { value: number }).value).toBe(secretariat.id)
  })

  it('a global: the secretariat locks and releases charter-settings', async () => {
    await clearLocks()
    const created = await restJson(`/${LOCKS}`, {
      method: 'POST',
      token: tokens.secretariat,
      body: {
        globalSlug: 'charter-settings',
        user: { relationTo: 'users', value: secretariat.id },
      },
    })
    expect(created.status).toBe(201)
    const seen = await restJson(`/${LOCKS}?where[globalSlug][equals]=charter-settings`, {
      token: tokens.viewer,
    })
    expect(seen.body.docs).toHaveLength(1)
    const released = await restJson(`/${LOCKS}/${created.body.doc.id}`, {
      method: 'DELETE',
      token: tokens.secretariat,
    })
    expect(released.status).toBe(200)
  })
})
