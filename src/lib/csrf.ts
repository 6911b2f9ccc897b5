// Origins whose cookie-authenticated requests Payload accepts (its `csrf` allow-list): a request
// with the login cookie and an `Origin` outside this list is treated as anonymous, so another site
// cannot make a logged-in browser write. Requests with a token (`Authorization: JWT …`) are not
// concerned.
//
// - SERVER_URL, the public address, when it is set;
// - the loopback addresses of the port the server listens on (`next start -p` sets PORT) when
//   SERVER_URL is unset (the demo on http://localhost:3000) and outside production (dev, tests).
// An office that opens the app by another address (a LAN IP, a host name) must set SERVER_URL.

const DEFAULT_PORT = '3000'
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export const localOrigins = (port = process.env.PORT || DEFAULT_PORT): string[] =>
  LOOPBACK_HOSTS.map((host) => `http://${host}:${port}`)

export const csrfOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const server = env.SERVER_URL ? originOf(env.SERVER_URL) : null
  const local =
    !server || env.NODE_ENV !== 'production' ? localOrigins(env.PORT || DEFAULT_PORT) : []
  return [...new Set([...(server ? [server] : []), ...local])]
}
