// Serves the bare twin (twinConfig.ts) on 127.0.0.1:$PORT with Payload's own REST handler,
// `handleEndpoints`, the function Next's generated API route calls too, wrapped in the same
// per-request database scope as our route (src/db/requestHandler.ts). No Next: the twin's figures
// leave out Next's routing and our REST guard, so the ratio charges those to our side as well.
import { createServer, type IncomingMessage } from 'node:http'

import { getPayload, handleEndpoints } from 'payload'

import { withRequestScope } from '../../src/db/requestHandler'
import config from './twinConfig'

const port = Number(process.env.PORT ?? 3201)
const origin = `http://127.0.0.1:${port}`

/** The request's body as text: the benchmark sends JSON only. */
const bodyOf = async (message: IncomingMessage): Promise<string | undefined> => {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined
}

const handle = withRequestScope((request: Request) => handleEndpoints({ config, request }))

await getPayload({ config })

createServer(async (message, reply) => {
  try {
    const headers = new Headers()
    for (const [name, value] of Object.entries(message.headers))
      if (typeof value === 'string') headers.set(name, value)
    const body =
      message.method === 'GET' || message.method === 'HEAD' ? undefined : await bodyOf(message)
    const response = await handle(
      new Request(origin + message.url, { method: message.method, headers, body }),
      undefined,
    )
    reply.writeHead(response.status, Object.fromEntries(response.headers))
    reply.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    reply.writeHead(500).end(String(error))
  }
}).listen(port, '127.0.0.1', () => console.log(`twin listening on ${origin}`))
