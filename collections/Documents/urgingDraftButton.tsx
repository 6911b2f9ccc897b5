'use client'

import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { REPORTING_AGENCY_KINDS } from '../../hooks/rules/reportLines'
import { DayInput } from '../../src/admin/DayInput'
import { l } from '../../src/i18n/label'

// R7.2: above the register's list, the standing body drafts an urging letter to an agency from
// its overdue tasks and late or missing reports (POST /api/documents/urging-draft), then opens
// the draft to check it, choose the signer and issue it. `?urge=<agency id>` preselects the agency
// (the link of the agency scorecard).

const TEXT = {
  title: l('Soạn văn bản đôn đốc', 'Draft an urging letter'),
  agency: l('Cơ quan, đơn vị', 'Agency'),
  choose: l('— Chọn cơ quan, đơn vị —', '— Choose an agency —'),
  asOf: l('Tính đến ngày', 'As of'),
  hint: l(
    'Liệt kê nhiệm vụ quá hạn và báo cáo tháng chưa gửi, gửi chậm của cơ quan đến ngày đã chọn.',
    "Lists the agency's overdue tasks and late or missing monthly reports as of the day chosen.",
  ),
  pick: l('Chọn cơ quan, đơn vị cần đôn đốc.', 'Choose the agency to urge.'),
}

type Agency = { id: number | string; name: string }
type Answer = { message?: string; doc?: { id: number | string }; errors?: { message?: string }[] }

const STAFF = new Set(['admin', 'secretariat'])

export const UrgingDraftButton = () => {
  const { user } = useAuth<{ roles?: string[] | null }>()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const router = useRouter()
  const params = useSearchParams()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const allowed = (user?.roles ?? []).some((role) => STAFF.has(role))
  const [agencies, setAgencies] = useState<Agency[]>([])
  const [agency, setAgency] = useState(params.get('urge') ?? '')
  const [asOf, setAsOf] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!allowed) return
    // The agencies that report monthly (R12.3a): those the standing body urges.
    const query = `limit=200&depth=0&sort=name&select[name]=true&where[kind][in]=${REPORTING_AGENCY_KINDS.join(',')}`
    fetch(`${api}/agencies?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Agency[] }) => setAgencies(body.docs ?? []))
      .catch(() => setAgencies([]))
  }, [allowed, api])

  if (!allowed) return null

  const draft = async () => {
    if (!agency) {
      toast.error(TEXT.pick[language])
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/documents/urging-draft`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          agency: Number.isNaN(Number(agency)) ? agency : Number(agency),
          asOf,
        }),
      })
      const body = (await response.json()) as Answer
      if (!response.ok || !body.doc) {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
        return
      }
      toast.success(body.message ?? '')
      router.push(`${admin}/collections/documents/${body.doc.id}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-label={TEXT.title[language]}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'flex-end',
        gap: 12,
        margin: '0 0 16px',
        padding: '10px 14px',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 240 }}>
        {TEXT.agency[language]}
        <select value={agency} onChange={(event) => setAgency(event.target.value)}>
          <option value="">{TEXT.choose[language]}</option>
          {agencies.map((row) => (
            <option key={String(row.id)} value={String(row.id)}>
              {row.name}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        {TEXT.asOf[language]}
        <DayInput value={asOf} onChange={setAsOf} />
      </label>
      <Button buttonStyle="secondary" disabled={busy} onClick={draft} size="medium">
        {TEXT.title[language]}
      </Button>
      <small style={{ flexBasis: '100%' }}>{TEXT.hint[language]}</small>
    </section>
  )
}
