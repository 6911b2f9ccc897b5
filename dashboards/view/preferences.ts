// The filters a user last applied, kept in Payload's own preferences collection.
import type { PayloadRequest } from 'payload'

import { FILTERS_PREFERENCE } from './filterParams'

export const rememberedFilters = async (req: PayloadRequest): Promise<unknown> => {
  const { user, payload } = req
  if (!user) return null
  const found = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: FILTERS_PREFERENCE } },
        { 'user.relationTo': { equals: user.collection } },
        { 'user.value': { equals: user.id } },
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return found.docs[0]?.value ?? null
}
