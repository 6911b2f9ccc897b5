import type { PayloadRequest } from 'payload'

import { formatDayKey } from '../../../hooks/rules/terms'
import type { AdminLanguage } from '../../../src/i18n/label'
import { loadOpenDataCalls } from '../../queries/openDataCalls'

const TEXT = {
  vi: {
    title: 'Yêu cầu báo cáo nhanh đang mở',
    call: 'Nội dung đề nghị',
    due: 'Hạn trả lời',
    sent: 'Đã gửi / được đề nghị',
    none: 'Không có yêu cầu báo cáo nhanh nào đang mở.',
  },
  en: {
    title: 'Open data calls',
    call: 'Subject',
    due: 'Due by',
    sent: 'Answered / asked',
    none: 'No data call is open.',
  },
}

/** R7.5: the open data calls with their due date and how many agencies answered. */
export const OpenDataCalls = async ({
  req,
  language,
}: {
  req: PayloadRequest
  language: AdminLanguage
}) => {
  const calls = await loadOpenDataCalls(req)
  const t = TEXT[language]
  return (
    <section className="dashboard-widget dashboard-widget--wide" id="open-data-calls">
      <header className="dashboard-widget__header">
        <h3 title="Quy chế, Điều 7 khoản 5 (R7.5)">{`${t.title} (${calls.length})`}</h3>
      </header>
      {calls.length > 0 ? (
        <table className="dashboard-table">
          <thead>
            <tr>
              <th>{t.call}</th>
              <th>{t.due}</th>
              <th>{t.sent}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={String(call.id)}>
                <td>
                  <a href={call.href}>{call.title}</a>
                </td>
                <td>{call.dueDay ? formatDayKey(call.dueDay) : '—'}</td>
                <td className="dashboard-table__number">
                  <a href={call.responsesHref}>{`${call.sent}/${call.asked}`}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.none}</p>
      )}
    </section>
  )
}
