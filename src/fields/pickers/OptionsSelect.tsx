'use client'

import { SelectInput, useConfig, useField, useFormFields } from '@payloadcms/ui'
import type { OptionObject, RelationshipFieldClientProps } from 'payload'
import { useEffect, useMemo, useState } from 'react'

import type { PickerOption } from '../../charter/seatOptions'
import type { Id } from '../../lib/ids'
import { matchesOption } from './matchOption'

// A single relationship field shown as a plain choice list whose options (all of them, sorted and
// labelled with position and agency) come from a picker endpoint. One request per list per page.
const cache = new Map<string, Promise<PickerOption[]>>()

const load = (url: string): Promise<PickerOption[]> => {
  let pending = cache.get(url)
  if (!pending) {
    pending = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { options: [] }))
      .then((body: { options?: PickerOption[] }) => body.options ?? [])
      .catch(() => [])
    cache.set(url, pending)
    // Keep a list for a minute: rows added later share it, a later visit reads it afresh.
    window.setTimeout(() => cache.delete(url), 60_000)
  }
  return pending
}

/** The meeting day (Vietnam time) of a start instant, as 'YYYY-MM-DD'. */
const vnDay = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

const OptionsSelect = ({
  props,
  url,
  fallbackUrl,
}: {
  props: RelationshipFieldClientProps
  url: string | null
  fallbackUrl: (id: Id) => string | null
}) => {
  const { field, path: pathFromProps, readOnly } = props
  const { admin, label, name, required } = field
  const { path, setValue, showError, value, disabled, customComponents } = useField<Id | null>({
    potentiallyStalePath: pathFromProps,
  })
  const [options, setOptions] = useState<PickerOption[]>([])
  useEffect(() => {
    let live = true
    if (!url) return
    void load(url).then(async (list) => {
      const missing =
        value !== null && value !== undefined && !list.some((o) => String(o.value) === String(value))
      const extraUrl = missing ? fallbackUrl(value) : null
      const extra = extraUrl ? await load(extraUrl) : []
      if (live) setOptions([...list, ...extra])
    })
    return () => {
      live = false
    }
  }, [url, value, fallbackUrl])
  const choices: OptionObject[] = useMemo(
    () => options.map((option) => ({ value: String(option.value), label: option.label })),
    [options],
  )
  return (
    <SelectInput
      AfterInput={customComponents?.AfterInput}
      BeforeInput={customComponents?.BeforeInput}
      Description={customComponents?.Description}
      description={admin?.description as never}
      Error={customComponents?.Error}
      filterOption={(option, search) =>
        !option || matchesOption(option.data?.label ?? option.label, search)
      }
      isClearable={!required}
      Label={customComponents?.Label}
      label={label}
      name={name}
      onChange={(selected) => {
        const chosen = Array.isArray(selected) ? selected[0] : selected
        const raw = chosen && typeof chosen === 'object' ? String(chosen.value) : null
        const match = options.find((option) => String(option.value) === raw)
        setValue(match ? match.value : null)
      }}
      options={choices}
      path={path}
      readOnly={readOnly || disabled}
      required={required}
      showError={showError}
      value={value === null || value === undefined ? '' : String(value)}
    />
  )
}

/** A seat (`members`) of the meeting's group in office on the meeting day. */
export const SeatSelect = (props: RelationshipFieldClientProps) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const group = useFormFields(([fields]) => fields.group?.value) as Id | { id: Id } | undefined
  const start = useFormFields(([fields]) => fields.start?.value)
  const groupId = group && typeof group === 'object' ? group.id : group
  const day = vnDay(start)
  const query = new URLSearchParams()
  if (groupId !== undefined && groupId !== null && groupId !== '') query.set('group', String(groupId))
  if (day) query.set('day', day)
  const url = query.has('group') ? `${api}/members/picker-options?${query}` : null
  const fallbackUrl = useMemo(
    () => (id: Id) => `${api}/members/picker-options?ids=${encodeURIComponent(String(id))}`,
    [api],
  )
  return <OptionsSelect fallbackUrl={fallbackUrl} props={props} url={url} />
}

/** A person (`users`): chair, approver. */
export const PersonSelect = (props: RelationshipFieldClientProps) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const fallbackUrl = useMemo(() => () => null, [])
  return (
    <OptionsSelect fallbackUrl={fallbackUrl} props={props} url={`${api}/users/picker-options`} />
  )
}
