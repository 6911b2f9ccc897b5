import { NextResponse, type NextRequest } from 'next/server'

// The admin speaks Vietnamese unless the user picked English: Payload would otherwise follow the
// browser's Accept-Language, so a first visit gets the `payload-lng=vi` cookie.
const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
