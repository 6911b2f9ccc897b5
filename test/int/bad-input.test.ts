// Bad input on every write path of the organisation layer, through the Local API as a user's
// request takes it (overrideAccess: false, an administrator). Each refusal must be Payload's
// ValidationError (HTTP 400) naming the field, never a database or programming error (500), and
// must leave the database as it was.
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { CharterSetting, User } from '../../payload-types'
import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMedia,
  createMember,
  createUser,
  day,
  pdfFile,
  unique,
} from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { disguisedExecutable, expectInvalid, mediaFileExists, zipFile } from '../helpers/refusals'

type Data = Record<string, unknown>
type UploadFile = ReturnType<typeof pdfFile>
type CreateCase = { what: string; data: () => Data; error: RegExp }
type UpdateCase = { what: string; data: Data; error: RegExp }

const FORGED_ID = 999999
const tooLong = (maxLength: number) => 'x'.repeat(maxLength + 1)
const longerThan = (maxLength: number) =>
  new RegExp(`Giá trị phải ngắn hơn hoặc bằng ${maxLength} ký tự`)
const INVALID_CHOICE = 'Lựa chọn ở field này không hợp lệ'
const INVALID_EMAIL = 'Địa chỉ email không hợp lệ'

let payload: Payload
let admin: User
let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let person: User
let basisId: number

const asAdmin = () => ({ overrideAccess: false, user: admin, depth: 0 }) as const

const countOf = async (collection: CollectionSlug) =>
  (await payload.count({ collection })).totalDocs

const storedDoc = (collection: CollectionSlug, id: number) =>
  payload.findByID({ collection, id, depth: 0 })

/** Creating `data` is refused with a message matching `error`, and no document is added. */
const expectCreateRefused = async (
  collection: CollectionSlug,
  data: Data,
  error: RegExp,
  file?: UploadFile,
) => {
  const before = await countOf(collection)
  await expectInvalid(
    payload.create({ collection, data: data as never, file, ...asAdmin() }),
    error,
  )
  expect(await countOf(collection)).toBe(before)
}

/** Updating with `data` is refused with a message matching `error`, and the record is unchanged. */
const expectUpdateRefused = async (
  collection: CollectionSlug,
  id: number,
  data: Data,
  error: RegExp,
  file?: UploadFile,
) => {
  const before = await storedDoc(collection, id)
  await expectInvalid(
    payload.update({ collection, id, data: data as never, file, ...asAdmin() }),
    error,
  )
  expect(await storedDoc(collection, id)).toEqual(before)
}

beforeAll(async () => {
  payload = await initPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  setup = await createGroupWithHead(payload)
  person = await createUser(payload, { agency: setup.agency.id })
  basisId = (await createMedia(payload)).id
})

describe('users: bad input', () => {
  const newUser = (): Data => ({
    fullName: unique('Cán bộ'),
    email: `${unique('cb').toLowerCase()}@test.vn`,
    password: 'Test@12345',
    roles: ['viewer'],
  })

  const createCases: CreateCase[] = [
    {
      what: 'a full name sent as an object',
      data: () => ({ ...newUser(), fullName: { vi: 'Nguyễn Văn A' } }),
      error: /^fullName: \S/m,
    },
    {
      what: 'a full name over 120 characters',
      data: () => ({ ...newUser(), fullName: tooLong(120) }),
      error: new RegExp(`^fullName: ${longerThan(120).source}`, 'm'),
    },
    {
      what: 'a job title over 160 characters',
      data: () => ({ ...newUser(), jobTitle: tooLong(160) }),
      error: new RegExp(`^jobTitle: ${longerThan(160).source}`, 'm'),
    },
    {
      what: 'a phone number over 20 characters',
      data: () => ({ ...newUser(), phone: `+84${'9'.repeat(18)}` }),
      error: /^phone: \S/m,
    },
    {
      what: 'a phone number with letters',
      data: () => ({ ...newUser(), phone: '0235 38x 1234' }),
      error: /^phone: Số điện thoại gồm 8–20 chữ số/m,
    },
    {
      what: 'an invalid email address',
      data: () => ({ ...newUser(), email: 'nguyen.van.a@' }),
      error: new RegExp(`^email: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'an unknown system role',
      data: () => ({ ...newUser(), roles: ['superuser'] }),
      error: new RegExp(`^roles: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'roles sent as one string instead of a list',
      data: () => ({ ...newUser(), roles: 'leader' }),
      error: /^roles: \S/m,
    },
    {
      what: 'a home agency that does not exist',
      data: () => ({ ...newUser(), agency: FORGED_ID }),
      error: /^agency: \S/m,
    },
    {
      what: 'a home agency id that is not a number',
      data: () => ({ ...newUser(), agency: 'so-noi-vu' }),
      error: /^agency: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a user with ${what}, storing nothing`, async () => {
      await expectCreateRefused('users', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'a full name sent as an object',
      data: { fullName: { a: 1 } },
      error: /^fullName: \S/m,
    },
    {
      what: 'a full name over 120 characters',
      data: { fullName: tooLong(120) },
      error: new RegExp(`^fullName: ${longerThan(120).source}`, 'm'),
    },
    {
      what: 'a phone number with letters',
      data: { phone: 'không có' },
      error: /^phone: Số điện thoại gồm 8–20 chữ số/m,
    },
    {
      what: 'an invalid email address',
      data: { email: 'a@b' },
      error: new RegExp(`^email: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'an unknown system role',
      data: { roles: ['viewer', 'root'] },
      error: new RegExp(`^roles: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a home agency that does not exist',
      data: { agency: FORGED_ID },
      error: /^agency: \S/m,
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a user with ${what}, keeping the record`, async () => {
      const user = await createUser(payload)
      await expectUpdateRefused('users', user.id, data, error)
    })
  }
})

describe('agencies: bad input', () => {
  const newAgency = (): Data => ({ name: unique('Sở'), code: unique('S'), kind: 'department' })

  const createCases: CreateCase[] = [
    {
      what: 'a name sent as an object',
      data: () => ({ ...newAgency(), name: { vi: 'Sở Nội vụ' } }),
      error: /^name: \S/m,
    },
    {
      what: 'a name over 200 characters',
      data: () => ({ ...newAgency(), name: tooLong(200) }),
      error: new RegExp(`^name: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an English name over 200 characters',
      data: () => ({ ...newAgency(), nameEn: tooLong(200) }),
      error: new RegExp(`^nameEn: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a code over 40 characters',
      data: () => ({ ...newAgency(), code: tooLong(40) }),
      error: new RegExp(`^code: ${longerThan(40).source}`, 'm'),
    },
    {
      what: 'an administrative unit code over 10 characters',
      data: () => ({ ...newAgency(), adminUnitCode: tooLong(10) }),
      error: new RegExp(`^adminUnitCode: ${longerThan(10).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: () => ({ ...newAgency(), kind: 'ministry' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a validity that ends before it starts',
      data: () => ({ ...newAgency(), validFrom: day('2025-01-02'), validTo: day('2025-01-01') }),
      error:
        /^validTo: Ngày kết thúc \(01\/01\/2025\) phải sau hoặc bằng ngày bắt đầu \(02\/01\/2025\)\./m,
    },
    {
      what: 'a start of validity that is not a date',
      data: () => ({ ...newAgency(), validFrom: 'hôm qua' }),
      error: /^validFrom: \S/m,
    },
    {
      what: 'a parent id that is not a number',
      data: () => ({ ...newAgency(), parent: 'so-noi-vu' }),
      error: /^parent: \S/m,
    },
    {
      what: 'a parent that does not exist',
      data: () => ({ ...newAgency(), parent: FORGED_ID }),
      error: /^parent: \S/m,
    },
    {
      what: 'a successor (replaced by) that does not exist',
      data: () => ({ ...newAgency(), replacedBy: FORGED_ID }),
      error: /^replacedBy: \S/m,
    },
    {
      what: 'an invalid contact email',
      data: () => ({ ...newAgency(), contactEmail: 'vanthu@@quangnam.gov.vn' }),
      error: new RegExp(`^contactEmail: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'a standing-body flag that is not a boolean',
      data: () => ({ ...newAgency(), isStandingBody: 'có' }),
      error: /^isStandingBody: Giá trị của trường "isStandingBody" không đúng kiểu: cần đúng\/sai/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create an agency with ${what}, storing nothing`, async () => {
      await expectCreateRefused('agencies', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    { what: 'a name sent as an object', data: { name: { vi: 'Sở' } }, error: /^name: \S/m },
    {
      what: 'a name over 200 characters',
      data: { name: tooLong(200) },
      error: new RegExp(`^name: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: { kind: 'ministry' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an end of validity before the stored start',
      data: { validTo: day('2024-12-31') },
      error:
        /^validTo: Ngày kết thúc \(31\/12\/2024\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2025\)\./m,
    },
    { what: 'a parent that does not exist', data: { parent: FORGED_ID }, error: /^parent: \S/m },
    {
      what: 'an invalid contact email',
      data: { contactEmail: 'van thu@quangnam.gov.vn' },
      error: new RegExp(`^contactEmail: ${INVALID_EMAIL}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update an agency with ${what}, keeping the record`, async () => {
      const agency = await createAgency(payload, { validFrom: day('2025-01-01') })
      await expectUpdateRefused('agencies', agency.id, data, error)
    })
  }
})

describe('working groups: bad input', () => {
  const newGroup = (): Data => ({ name: unique('Tổ công tác'), kind: 'wg' })

  const createCases: CreateCase[] = [
    {
      what: 'a name sent as an object',
      data: () => ({ ...newGroup(), name: { vi: 'Tổ công tác' } }),
      error: /^name: \S/m,
    },
    {
      what: 'a name over 250 characters',
      data: () => ({ ...newGroup(), name: tooLong(250) }),
      error: new RegExp(`^name: ${longerThan(250).source}`, 'm'),
    },
    {
      what: 'a founding decision number over 60 characters',
      data: () => ({ ...newGroup(), foundingDecisionNumber: tooLong(60) }),
      error: new RegExp(`^foundingDecisionNumber: ${longerThan(60).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: () => ({ ...newGroup(), kind: 'committee' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a founding decision date that is not a date',
      data: () => ({ ...newGroup(), foundingDecisionDate: 'ngày mai' }),
      error: /^foundingDecisionDate: "ngày mai" không phải là một ngày \(date\) hợp lệ/m,
    },
    {
      what: 'a Support Group whose parent group does not exist (R1.1)',
      data: () => ({ ...newGroup(), kind: 'sg', parent: FORGED_ID }),
      error: /^parent: Trường "parent" tham chiếu một bản ghi không tồn tại\./m,
    },
    {
      what: 'a founding decision file that does not exist',
      data: () => ({ ...newGroup(), foundingDecisionFile: FORGED_ID }),
      error: /^foundingDecisionFile: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a group with ${what}, storing nothing`, async () => {
      await expectCreateRefused('working-groups', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'a name over 250 characters',
      data: { name: tooLong(250) },
      error: new RegExp(`^name: ${longerThan(250).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: { kind: 'committee' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a parent group that does not exist (R1.1)',
      data: { parent: FORGED_ID },
      error: /^parent: Trường "parent" tham chiếu một bản ghi không tồn tại\./m,
    },
    {
      what: 'a founding decision file that does not exist',
      data: { foundingDecisionFile: FORGED_ID },
      error: /^foundingDecisionFile: \S/m,
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a group with ${what}, keeping the record`, async () => {
      const group = await createGroup(payload)
      await expectUpdateRefused('working-groups', group.id, data, error)
    })
  }
})

describe('members: bad input', () => {
  const newSeat = (): Data => ({
    user: person.id,
    group: setup.group.id,
    position: 'member',
    agency: setup.agency.id,
    from: day('2024-01-01'),
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown position',
      data: () => ({ ...newSeat(), position: 'chairman' }),
      error: /^position: \S/m,
    },
    {
      what: 'a term that ends before it starts',
      data: () => ({ ...newSeat(), to: day('2023-12-31') }),
      error:
        /^to: Ngày kết thúc \(31\/12\/2023\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2024\)\./m,
    },
    {
      what: 'a start that is not a date',
      data: () => ({ ...newSeat(), from: 'đầu năm' }),
      error: /^from: \S/m,
    },
    {
      what: 'a person who does not exist',
      data: () => ({ ...newSeat(), user: FORGED_ID }),
      error: /^user: Trường "user" tham chiếu một bản ghi không tồn tại\./m,
    },
    {
      what: 'a person id that is not a number',
      data: () => ({ ...newSeat(), user: 'nguyen-van-a' }),
      error: /^user: \S/m,
    },
    {
      what: 'a group that does not exist',
      data: () => ({ ...newSeat(), group: FORGED_ID }),
      error: /^group: Trường "group" tham chiếu một bản ghi không tồn tại\./m,
    },
    {
      what: 'an agency that does not exist',
      data: () => ({ ...newSeat(), agency: FORGED_ID }),
      error: /^agency: \S/m,
    },
    {
      what: 'an appointing decision file that does not exist',
      data: () => ({ ...newSeat(), appointingDecisionFile: FORGED_ID }),
      error: /^appointingDecisionFile: \S/m,
    },
    {
      what: 'an appointing decision number over 80 characters',
      data: () => ({ ...newSeat(), appointingDecision: tooLong(80) }),
      error: new RegExp(`^appointingDecision: ${longerThan(80).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a member with ${what}, storing nothing`, async () => {
      await expectCreateRefused('members', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an end before the stored start',
      data: { to: day('2023-06-30') },
      error:
        /^to: Ngày kết thúc \(30\/06\/2023\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2024\)\./m,
    },
    { what: 'an unknown position', data: { position: 'chairman' }, error: /^position: \S/m },
    {
      what: 'a group that does not exist',
      data: { group: FORGED_ID },
      error: /^group: Trường "group" tham chiếu một bản ghi không tồn tại\./m,
    },
    { what: 'an agency that does not exist', data: { agency: FORGED_ID }, error: /^agency: \S/m },
    {
      what: 'an appointing decision number over 80 characters',
      data: { appointingDecision: tooLong(80) },
      error: new RegExp(`^appointingDecision: ${longerThan(80).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a member with ${what}, keeping the record`, async () => {
      const seat = await createMember(payload, {
        user: person.id,
        group: setup.group.id,
        position: 'member',
        agency: setup.agency.id,
        from: '2024-01-01',
      })
      await expectUpdateRefused('members', seat.id, data, error)
    })
  }
})

describe('delegations: bad input', () => {
  const newDelegation = (): Data => ({
    group: setup.group.id,
    grantor: setup.head.id,
    grantee: setup.deputy.id,
    scopes: ['chair'],
    validFrom: day('2026-01-01'),
    validTo: day('2026-01-31'),
    basisNumber: unique('GUQ'),
    basis: basisId,
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown scope (R4.5)',
      data: () => ({ ...newDelegation(), scopes: ['approve-budget'] }),
      error:
        /^scopes: Vi phạm Điều 4 khoản 5 \(R4\.5\): nội dung ủy quyền "approve-budget" không hợp lệ\./m,
    },
    {
      what: 'scopes sent as one string instead of a list (R4.5)',
      data: () => ({ ...newDelegation(), scopes: 'chair' }),
      error: /^scopes: \S/m,
    },
    {
      what: 'a validity that ends before it starts (R4.5)',
      data: () => ({ ...newDelegation(), validFrom: day('2026-02-01') }),
      error:
        /^validTo: Ngày kết thúc \(31\/01\/2026\) phải sau hoặc bằng ngày bắt đầu \(01\/02\/2026\)\./m,
    },
    {
      what: 'an end of validity that is not a date (R4.5)',
      data: () => ({ ...newDelegation(), validTo: 'cuối tháng' }),
      error: /^validTo: \S/m,
    },
    {
      what: 'a basis document number over 80 characters',
      data: () => ({ ...newDelegation(), basisNumber: tooLong(80) }),
      error: new RegExp(`^basisNumber: ${longerThan(80).source}`, 'm'),
    },
    {
      what: 'a note over 2000 characters',
      data: () => ({ ...newDelegation(), note: tooLong(2000) }),
      error: new RegExp(`^note: ${longerThan(2000).source}`, 'm'),
    },
    {
      what: 'a written basis file that does not exist (R4.5)',
      data: () => ({ ...newDelegation(), basis: FORGED_ID }),
      error: /^basis: \S/m,
    },
    {
      what: 'a grantor id that is not a number (R4.5)',
      data: () => ({ ...newDelegation(), grantor: 'to-truong' }),
      error: /^grantor: \S/m,
    },
    {
      what: 'a grantee who does not exist (R4.5)',
      data: () => ({ ...newDelegation(), grantee: FORGED_ID }),
      error: /^grantee: Trường "grantee" tham chiếu một bản ghi không tồn tại\./m,
    },
    {
      what: 'a Working Group that does not exist (R4.5)',
      data: () => ({ ...newDelegation(), group: FORGED_ID }),
      error: /^group: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a delegation with ${what}, storing nothing`, async () => {
      await expectCreateRefused('delegations', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an end of validity before the stored start (R4.5)',
      data: { validTo: day('2025-12-31') },
      error:
        /^validTo: Ngày kết thúc \(31\/12\/2025\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2026\)\./m,
    },
    {
      what: 'an unknown scope (R4.5)',
      data: { scopes: ['chair', 'sign-budget'] },
      error: /^scopes: Vi phạm Điều 4 khoản 5 \(R4\.5\): nội dung ủy quyền "sign-budget"/m,
    },
    {
      what: 'a written basis file that does not exist (R4.5)',
      data: { basis: FORGED_ID },
      error: /^basis: \S/m,
    },
    {
      what: 'a note over 2000 characters',
      data: { note: tooLong(2000) },
      error: new RegExp(`^note: ${longerThan(2000).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a delegation with ${what}, keeping the record`, async () => {
      const delegation = await payload.create({
        collection: 'delegations',
        data: newDelegation() as never,
        overrideAccess: true,
        depth: 0,
      })
      await expectUpdateRefused('delegations', delegation.id, data, error)
    })
  }
})

describe('media: bad input', () => {
  it('refuses a zip archive (disallowed type), storing neither record nor file', async () => {
    const file = zipFile(`${unique('ho-so')}.zip`)
    await expectCreateRefused(
      'media',
      { title: 'Hồ sơ nén' },
      /^file: Invalid MIME type: application\/zip\./m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses an executable that claims to be a PDF, storing neither record nor file', async () => {
    const file = disguisedExecutable(`${unique('cong-van')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: 'Công văn' },
      /^file: Invalid MIME type: application\/x-msdownload\./m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses a title over 250 characters, storing neither record nor file', async () => {
    const file = pdfFile(`${unique('van-ban')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: tooLong(250) },
      new RegExp(`^title: ${longerThan(250).source}`, 'm'),
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses a title sent as an object, storing nothing', async () => {
    await expectCreateRefused(
      'media',
      { title: { vi: 'Công văn' } },
      /^title: \S/m,
      pdfFile(`${unique('van-ban')}.pdf`),
    )
  })

  it('refuses an owner agency that does not exist, storing neither record nor file', async () => {
    const file = pdfFile(`${unique('van-ban')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: 'Công văn', agency: FORGED_ID },
      /^agency: \S/m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses replacing a file by a zip archive, keeping the record and its file', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused(
      'media',
      media.id,
      {},
      /^file: Invalid MIME type: application\/zip\./m,
      zipFile(),
    )
    expect(mediaFileExists(media.filename)).toBe(true)
  })

  it('refuses to update a title to over 250 characters, keeping the record', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused(
      'media',
      media.id,
      { title: tooLong(250) },
      new RegExp(`^title: ${longerThan(250).source}`, 'm'),
    )
  })

  it('refuses to update the owner agency to one that does not exist, keeping the record', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused('media', media.id, { agency: FORGED_ID }, /^agency: \S/m)
  })
})

describe('holidays: bad input', () => {
  let dayOfMonth = 0
  const newDay = (): Data => ({
    date: day(`2031-03-${String(++dayOfMonth).padStart(2, '0')}`),
    kind: 'day-off',
    nameVi: unique('Ngày nghỉ'),
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown kind',
      data: () => ({ ...newDay(), kind: 'vacation' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a Vietnamese name over 200 characters',
      data: () => ({ ...newDay(), nameVi: tooLong(200) }),
      error: new RegExp(`^nameVi: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an English name over 200 characters',
      data: () => ({ ...newDay(), nameEn: tooLong(200) }),
      error: new RegExp(`^nameEn: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a Vietnamese name sent as an object',
      data: () => ({ ...newDay(), nameVi: { text: 'Nghỉ lễ' } }),
      error: /^nameVi: \S/m,
    },
    {
      what: 'a date that is not a date',
      data: () => ({ ...newDay(), date: 'mùng 1 Tết' }),
      error: /^date: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a calendar day with ${what}, storing nothing`, async () => {
      await expectCreateRefused('holidays', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an unknown kind',
      data: { kind: 'half-day' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a Vietnamese name over 200 characters',
      data: { nameVi: tooLong(200) },
      error: new RegExp(`^nameVi: ${longerThan(200).source}`, 'm'),
    },
    { what: 'a date that is not a date', data: { date: 'mùng 1 Tết' }, error: /^date: \S/m },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a calendar day with ${what}, keeping the record`, async () => {
      const row = await payload.create({
        collection: 'holidays',
        data: newDay() as never,
        overrideAccess: true,
        depth: 0,
      })
      await expectUpdateRefused('holidays', row.id, data, error)
    })
  }
})

describe('charter settings: bad input', () => {
  const edition = (overrides: Data = {}): Data => ({
    effectiveFrom: day('2022-07-01'),
    basis: '96/QĐ-TCT',
    meetingBeforeDay: 10,
    reportBeforeDay: 18,
    aggregateBeforeDay: 22,
    lockDay: 25,
    noticeLeadWorkingDays: 2,
    reminderDaysBefore: 3,
    majorityBase: 'present',
    tieRule: 'chair-side',
    ...overrides,
  })

  const readSettings = (): Promise<CharterSetting> =>
    payload.findGlobal({ slug: 'charter-settings', ...asAdmin() })

  /** The update is refused with a message matching `error`, and the stored settings stay. */
  const expectSettingsRefused = async (data: Data, error: RegExp) => {
    const before = await readSettings()
    await expectInvalid(
      payload.updateGlobal({ slug: 'charter-settings', data: data as never, ...asAdmin() }),
      error,
    )
    expect(await readSettings()).toEqual(before)
  }

  const ORDER_MESSAGE = 'Hạn tổng hợp phải sau hạn báo cáo, hạn báo cáo sau hạn họp\\.'
  const DAY_MESSAGE = 'Ngày hạn phải là số nguyên từ 2 đến 28\\.'

  beforeAll(async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        standingBodyEmail: 'thuongtruc@congan.quangnam.gov.vn',
        editions: [edition()],
      } as never,
      ...asAdmin(),
    })
  })

  const updateCases: UpdateCase[] = [
    {
      what: 'a report deadline on the meeting deadline (R12.3a, R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 10, reportBeforeDay: 10 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'a report deadline before the meeting deadline (R12.3a, R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 10, reportBeforeDay: 8 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'an aggregate deadline on the report deadline (R12.3b)',
      data: { editions: [edition({ reportBeforeDay: 18, aggregateBeforeDay: 18 })] },
      error: new RegExp(`^editions\\.0\\.aggregateBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'a meeting deadline on day 31 (R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 31 })] },
      error: new RegExp(`^editions\\.0\\.meetingBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'an aggregate deadline on day 31 (R12.3b)',
      data: { editions: [edition({ aggregateBeforeDay: 31 })] },
      error: new RegExp(`^editions\\.0\\.aggregateBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a lock day of 31',
      data: { editions: [edition({ lockDay: 31 })] },
      error: /^editions\.0\.lockDay: 31 lớn hơn giá trị tối đa cho phép của Giá trị là 28\./m,
    },
    {
      what: 'a deadline day written as text (R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 'mười' })] },
      error: new RegExp(`^editions\\.0\\.meetingBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a deadline day that is not a whole number (R12.3a)',
      data: { editions: [edition({ reportBeforeDay: 17.5 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a notice lead written as text (R11.3a)',
      data: { editions: [edition({ noticeLeadWorkingDays: 'hai' })] },
      error: /^editions\.0\.noticeLeadWorkingDays: \S/m,
    },
    {
      what: 'an unknown tie rule (R2.1)',
      data: { editions: [edition({ tieRule: 'coin-toss' })] },
      error: new RegExp(`^editions\\.0\\.tieRule: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an unknown majority base (R2.1)',
      data: { editions: [edition({ majorityBase: 'everyone' })] },
      error: new RegExp(`^editions\\.0\\.majorityBase: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an effective date that is not a date (R14.3)',
      data: { editions: [edition({ effectiveFrom: 'sớm nhất có thể' })] },
      error: /^editions\.0\.effectiveFrom: \S/m,
    },
    {
      what: 'a basis over 200 characters',
      data: { editions: [edition({ basis: tooLong(200) })] },
      error: new RegExp(`^editions\\.0\\.basis: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a basis sent as an object',
      data: { editions: [edition({ basis: { number: '96/QĐ-TCT' } })] },
      error: /^editions\.0\.basis: \S/m,
    },
    {
      what: 'no edition at all',
      data: { editions: [] },
      error: /^editions: Trường này cần tối thiểu 1 Hàng\./m,
    },
    {
      what: 'editions sent as an object instead of a list',
      data: { editions: { 0: edition() } },
      error: /^editions: \S/m,
    },
    {
      what: "an invalid standing body's email",
      data: { standingBodyEmail: 'thuongtruc@', editions: [edition()] },
      error: new RegExp(`^standingBodyEmail: ${INVALID_EMAIL}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses charter settings with ${what}, keeping the stored ones`, async () => {
      await expectSettingsRefused(data, error)
    })
  }
})
