import { getPayload, type Payload } from 'payload'

/** The Payload instance of this test file, on the database set up by setupDatabase.ts. */
export const initPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
