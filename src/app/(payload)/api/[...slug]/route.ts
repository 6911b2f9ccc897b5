import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withRequestScope } from '@/db/requestHandler'
import { guardRestHandler } from '@/lib/restGuard'

// Payload's generated REST handlers, behind a guard that answers malformed requests with 4xx,
// each request on one database connection, answering 503 when the database is too busy.
export const GET = withRequestScope(guardRestHandler(config, REST_GET(config)))
export const POST = withRequestScope(guardRestHandler(config, REST_POST(config)))
export const DELETE = withRequestScope(guardRestHandler(config, REST_DELETE(config)))
export const PATCH = withRequestScope(guardRestHandler(config, REST_PATCH(config)))
export const PUT = withRequestScope(guardRestHandler(config, REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
