import type { Field, SanitizedConfig } from 'payload'

import type { FieldTypes } from './checks'
import { fieldTypesOver } from './fields'

/** The endpoint a REST request reaches, matched against the sanitized config like Payload does. */
export type Route = {
  /** The collection or global slug. */
  slug: string
  fieldTypes: FieldTypes
  /** The entity's fields (to check the shape of a JSON body). */
  fields: Field[]
  /** The `:id` path segment, when the endpoint has one. */
  id?: string
  idPattern: RegExp
  /** Create/update and credential endpoints: a body is required. */
  needsBody: boolean
  /** The endpoint's path pattern, e.g. `/versions/:id`. */
  endpointPath: string
  /** The entity keeps versions (its `/versions` endpoints have a table to read). */
  versioned: boolean
  /** The entity has no REST endpoints (`endpoints: false`, e.g. payload-migrations). */
  closed: boolean
}

const BODY_ENDPOINTS = new Set([
  'post /',
  'patch /',
  'patch /:id',
  'post /login',
  'post /forgot-password',
  'post /reset-password',
  'post /unlock',
  'post /first-register',
])

const cache = new WeakMap<object, Map<string, FieldTypes>>()

const fieldTypesOf = (config: SanitizedConfig, slug: string, fields: Field[]): FieldTypes => {
  const perConfig = cache.get(config) ?? new Map<string, FieldTypes>()
  cache.set(config, perConfig)
  if (!perConfig.has(slug)) perConfig.set(slug, fieldTypesOver(config, fields))
  return perConfig.get(slug)!
}

/** `decodeURIComponent` that answers null for malformed percent-encoding instead of throwing. */
export const safeDecode = (value: string): string | null => {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/** Matches "/versions/:id" against ["versions", "12"]; returns the params or null. */
const matchPath = (pattern: string, segments: string[]): Record<string, string> | null => {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < Math.max(parts.length, segments.length); i++) {
    const part = parts[i]
    const segment = segments[i]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      if (segment === undefined && !part.endsWith('?')) return null
      if (segment !== undefined) params[part.replace(/^:|\?$/g, '')] = safeDecode(segment) ?? ''
      continue
    }
    if (part !== segment) return null
  }
  return params
}

export const routeOf = (config: SanitizedConfig, request: Request): Route | undefined => {
  const apiRoute = config.routes.api
  const path = new URL(request.url).pathname
  if (!path.startsWith(`${apiRoute}/`)) return undefined
  const [first, ...rest] = path
    .slice(apiRoute.length + 1)
    .split('/')
    .filter(Boolean)
  const isGlobal = first === 'globals'
  const slug = isGlobal ? rest.shift() : first
  const entity = isGlobal
    ? config.globals.find((global) => global.slug === slug)
    : config.collections.find((collection) => collection.slug === slug)
  if (!entity) return undefined
  const numericIds = config.db.defaultIDType === 'number'
  const base = {
    slug: entity.slug,
    fieldTypes: numericIds ? fieldTypesOf(config, entity.slug, entity.fields) : new Map(),
    fields: entity.fields,
    idPattern: numericIds ? /^\d{1,15}$/ : /^[\w-]{1,64}$/,
    versioned: Boolean(entity.versions),
  }
  // Payload answers 501 for these; to a client they simply do not exist.
  if (entity.endpoints === false) {
    return { ...base, needsBody: false, endpointPath: '', closed: true }
  }
  const method = (
    request.headers.get('x-payload-http-method-override') ?? request.method
  ).toLowerCase()
  const endpoint = (entity.endpoints || []).find(
    (candidate) => candidate.method === method && matchPath(candidate.path, rest) !== null,
  )
  if (!endpoint) return undefined
  const params = matchPath(endpoint.path, rest) ?? {}
  return {
    ...base,
    id: params.id,
    needsBody: BODY_ENDPOINTS.has(`${method} ${endpoint.path}`),
    endpointPath: endpoint.path,
    closed: false,
  }
}
