import type { UIFieldServerProps } from 'payload'

import { canReadAll } from '../../src/access/roles'
import { callCompleteness } from './completeness'

/** Side panel of a data call: how many agencies answered, on time or late (R7.5). */
export const CallPanel = async ({ id, req }: UIFieldServerProps) => {
  if (id === undefined || id === null || !canReadAll(req.user)) return null
  const c = await callCompleteness(req, id)
  if (c.asked === 0) return <p>Chưa gửi yêu cầu đến cơ quan nào.</p>
  const responses = `/admin/collections/data-call-responses?where[call][equals]=${encodeURIComponent(String(id))}`
  return (
    <div className="data-call-panel">
      <p>
        <strong>{`Đã gửi số liệu: ${c.sent}/${c.asked} cơ quan`}</strong>
      </p>
      <ul>
        <li>{`Đúng hạn: ${c.onTime}`}</li>
        <li>{`Chậm hạn: ${c.late}`}</li>
        <li>{`Chưa gửi: ${c.missing}`}</li>
        <li>{`Đã tiếp nhận: ${c.accepted}`}</li>
        <li>{`Trả lại: ${c.returned}`}</li>
      </ul>
      <p>
        <a href={responses}>Xem trả lời của các cơ quan</a>
      </p>
      <p>
        <a href={`/api/data-calls/${encodeURIComponent(String(id))}/consolidated.xlsx`}>
          Tải bảng tổng hợp (Excel)
        </a>
      </p>
    </div>
  )
}
