import type { Payload } from 'payload'

import { Emblem } from './Emblem'

// The login page's heading: the product and, once the province has recorded it, the name of its
// Working Group (seed data, so the same build serves any province).

const workingGroupName = async (payload: Payload): Promise<string | null> => {
  try {
    const { docs } = await payload.find({
      collection: 'working-groups',
      where: { kind: { equals: 'wg' } },
      select: { name: true },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0]?.name ?? null
  } catch {
    // A database still being migrated: the login page shows the product alone.
    return null
  }
}

export const Logo = async ({ payload }: { payload: Payload }) => {
  const group = await workingGroupName(payload)
  return (
    <div className="tf06-logo">
      <Emblem size={56} />
      <div>
        <div className="tf06-logo__title">{group ?? 'Tổ công tác triển khai Đề án 06'}</div>
        <div className="tf06-logo__subtitle">
          Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử
        </div>
      </div>
    </div>
  )
}
