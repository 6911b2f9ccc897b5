import type { CollectionSlug, PayloadRequest, Sort, Where } from 'payload'

/**
 * A read of one of the dashboard's reference tables (agencies, indicators, targets, …) on behalf
 * of the viewer: the collection's read access is applied as a query, as Payload applies it, but
 * the rows come straight from the database adapter (still adapter-neutral), without Payload's
 * afterRead pipeline. The dashboard selects plain fields without read hooks or field access, and
 * that pipeline would cost more than the query itself.
 */
export const readAsViewer = async <T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  args: { where?: Where; select: Record<string, true>; sort?: Sort },
): Promise<T[]> => {
  const read = req.payload.collections[collection].config.access.read
  const access = read ? await read({ req }) : Boolean(req.user)
  if (!access) return []
  const where =
    access === true ? args.where : args.where ? { and: [access, args.where] } : (access as Where)
  const { docs } = await req.payload.db.find({
    collection,
    where: where ?? {},
    select: args.select,
    sort: args.sort,
    limit: 0,
    pagination: false,
    req,
  })
  return docs as T[]
}
