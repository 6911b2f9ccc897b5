import type { Payload } from 'payload'

import type { SystemRole } from '../src/access/roles'
import { MAIL_DOMAIN, type AgencyIds, type AgencyKey } from './agencies'
import { bump, SEED_OPTIONS, type Id, type Tally } from './shared'

/** The one password of every demo account (fictional people, demo database only). */
export const DEMO_PASSWORD = 'Demo@2026'

export const LOGIN_DOMAIN = 'demo.taskforce06.vn'

export type PersonSeed = {
  fullName: string
  email: string
  agency: AgencyKey
  jobTitle: string
  roles: SystemRole[]
}

export type DemoLogin = { role: SystemRole; email: string; password: string; fullName: string }

const login = (role: SystemRole, person: Omit<PersonSeed, 'email' | 'roles'>): PersonSeed => ({
  ...person,
  email: `${role}@${LOGIN_DOMAIN}`,
  roles: [role],
})

const official = (local: string, person: Omit<PersonSeed, 'email' | 'roles'>): PersonSeed => ({
  ...person,
  email: `${local}@${MAIL_DOMAIN}`,
  roles: ['viewer'],
})

/**
 * Fictional people. The six logins cover the system roles; the head of the Working Group is the
 * leader login, its secretary the secretariat login and a Support Group member the reporter login.
 */
export const PEOPLE = {
  admin: login('admin', {
    fullName: 'Lương Minh Hiếu',
    agency: 'police:CA_TINH',
    jobTitle: 'Kỹ sư quản trị hệ thống, Phòng Cảnh sát QLHC về TTXH (PC06)',
  }),
  secretary: login('secretariat', {
    fullName: 'Cao Văn Sơn',
    agency: 'police:CA_TINH',
    jobTitle: 'Phó Trưởng phòng Cảnh sát QLHC về TTXH (PC06), Công an tỉnh',
  }),
  head: login('leader', {
    fullName: 'Nguyễn Văn An',
    agency: 'people_committee:UBND_TINH',
    jobTitle: 'Chủ tịch UBND tỉnh',
  }),
  reporter: login('reporter', {
    fullName: 'Nguyễn Thị Thu Trang',
    agency: 'department:STP',
    jobTitle: 'Trưởng phòng Hành chính tư pháp, Sở Tư pháp',
  }),
  finance: login('finance', {
    fullName: 'Phạm Thị Kim Liên',
    agency: 'police:CA_TINH',
    jobTitle: 'Kế toán, Phòng Hậu cần, Công an tỉnh',
  }),
  viewer: login('viewer', {
    fullName: 'Tô Thị Ngọc Ánh',
    agency: 'provincial_office:VP_UBND',
    jobTitle: 'Chuyên viên Văn phòng UBND tỉnh',
  }),
  standingDeputy: official('tran.quoc.bao', {
    fullName: 'Trần Quốc Bảo',
    agency: 'police:CA_TINH',
    jobTitle: 'Giám đốc Công an tỉnh',
  }),
  formerDeputy: official('le.thi.hong.cuc', {
    fullName: 'Lê Thị Hồng Cúc',
    agency: 'people_committee:UBND_TINH',
    jobTitle: 'Phó Chủ tịch UBND tỉnh (đến 30/6/2024)',
  }),
  deputy: official('pham.minh.duc', {
    fullName: 'Phạm Minh Đức',
    agency: 'people_committee:UBND_TINH',
    jobTitle: 'Phó Chủ tịch UBND tỉnh',
  }),
  officeDeputy: official('dang.van.hai', {
    fullName: 'Đặng Văn Hải',
    agency: 'provincial_office:VP_UBND',
    jobTitle: 'Chánh Văn phòng UBND tỉnh',
  }),
  justice: official('bui.thi.hanh', {
    fullName: 'Bùi Thị Hạnh',
    agency: 'department:STP',
    jobTitle: 'Giám đốc Sở Tư pháp',
  }),
  ict: official('do.van.khanh', {
    fullName: 'Đỗ Văn Khánh',
    agency: 'department:STTTT',
    jobTitle: 'Giám đốc Sở Thông tin và Truyền thông (đến 28/02/2025)',
  }),
  science: official('ngo.quang.long', {
    fullName: 'Ngô Quang Long',
    agency: 'department:SKHCN',
    jobTitle: 'Giám đốc Sở Khoa học và Công nghệ',
  }),
  health: official('huynh.thi.mai', {
    fullName: 'Huỳnh Thị Mai',
    agency: 'department:SYT',
    jobTitle: 'Giám đốc Sở Y tế',
  }),
  insurance: official('duong.van.nam', {
    fullName: 'Dương Văn Nam',
    agency: 'vertical_agency:BHXH',
    jobTitle: 'Giám đốc Bảo hiểm xã hội tỉnh',
  }),
  education: official('ly.thi.oanh', {
    fullName: 'Lý Thị Oanh',
    agency: 'department:SGDDT',
    jobTitle: 'Giám đốc Sở Giáo dục và Đào tạo',
  }),
  finances: official('phan.van.phuc', {
    fullName: 'Phan Văn Phúc',
    agency: 'department:STC',
    jobTitle: 'Giám đốc Sở Tài chính',
  }),
  tamKy: official('truong.minh.quan', {
    fullName: 'Trương Minh Quân',
    agency: 'district:502',
    jobTitle: 'Chủ tịch UBND thành phố Tam Kỳ',
  }),
  dienBan: official('mai.van.hung', {
    fullName: 'Mai Văn Hùng',
    agency: 'district:507',
    jobTitle: 'Chủ tịch UBND thị xã Điện Bàn',
  }),
  sgHead: official('tran.van.tam', {
    fullName: 'Trần Văn Tâm',
    agency: 'police:CA_TINH',
    jobTitle: 'Phó Giám đốc Công an tỉnh',
  }),
  sgDeputy: official('le.van.thanh', {
    fullName: 'Lê Văn Thành',
    agency: 'police:CA_TINH',
    jobTitle: 'Trưởng phòng Cảnh sát QLHC về TTXH (PC06), Công an tỉnh',
  }),
  ictAide: official('vo.minh.tuan', {
    fullName: 'Võ Minh Tuấn',
    agency: 'department:STTTT',
    jobTitle: 'Trưởng phòng Chuyển đổi số, Sở Thông tin và Truyền thông',
  }),
  healthAide: official('ho.thi.uyen', {
    fullName: 'Hồ Thị Uyên',
    agency: 'department:SYT',
    jobTitle: 'Trưởng phòng Nghiệp vụ Y, Sở Y tế',
  }),
  tamKyAide: official('dinh.cong.vinh', {
    fullName: 'Đinh Công Vinh',
    agency: 'district:502',
    jobTitle: 'Phó Chủ tịch UBND thành phố Tam Kỳ',
  }),
} satisfies Record<string, PersonSeed>

export type PersonKey = keyof typeof PEOPLE

export type PersonIds = Map<PersonKey, Id>

/** One login per system role, all with the demo password. */
export const demoLogins = (): DemoLogin[] =>
  Object.values(PEOPLE)
    .filter((person) => person.email.endsWith(`@${LOGIN_DOMAIN}`))
    .map((person) => ({
      role: person.roles[0],
      email: person.email,
      password: DEMO_PASSWORD,
      fullName: person.fullName,
    }))

/** Creates the users that are missing (by email); returns the id of every seeded person. */
export const seedPeople = async (
  payload: Payload,
  agencies: AgencyIds,
  tally: Tally,
): Promise<PersonIds> => {
  const entries = Object.entries(PEOPLE) as [PersonKey, PersonSeed][]
  const existing = await payload.find({
    collection: 'users',
    where: { email: { in: entries.map(([, person]) => person.email) } },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const byEmail = new Map(existing.docs.map((doc) => [String(doc.email).toLowerCase(), doc.id]))
  const ids: PersonIds = new Map()
  for (const [key, person] of entries) {
    const found = byEmail.get(person.email.toLowerCase())
    if (found !== undefined) {
      ids.set(key, found)
      continue
    }
    const agency = agencies.get(person.agency)
    if (agency === undefined)
      throw new Error(`seed: ${person.fullName}: no agency ${person.agency}`)
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: person.email,
        password: DEMO_PASSWORD,
        fullName: person.fullName,
        jobTitle: person.jobTitle,
        agency,
        roles: person.roles,
      },
      ...SEED_OPTIONS,
    })
    ids.set(key, doc.id)
    bump(tally, 'users')
  }
  return ids
}
