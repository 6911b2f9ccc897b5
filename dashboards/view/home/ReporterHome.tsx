import Link from 'next/link'

import type { HomePeriod, ReporterHome as Home } from '../../queries/reporterHome'
import { CreateReportButton } from './CreateReportButton'

// A reporter's home (issue 13, item 5): his agency's report of the month first, with its
// deadline and state and one button to open or start it; then what is owed, returned or due.

const reportHref = (id: number | string) => `/admin/collections/reports/${id}`

const deadlineWords = (facts: HomePeriod) => {
  if (facts.daysLeft > 1) return `còn ${facts.daysLeft} ngày`
  if (facts.daysLeft === 1) return 'hạn là ngày mai'
  if (facts.daysLeft === 0) return 'hạn là hôm nay'
  return `quá hạn ${-facts.daysLeft} ngày`
}

const stateWords = (facts: HomePeriod) =>
  facts.report ? facts.report.statusLabel : 'Chưa lập báo cáo'

const ReportAction = ({ facts, agency }: { facts: HomePeriod; agency: number | string }) =>
  facts.report ? (
    <Link className="home-button" href={reportHref(facts.report.id)}>
      {facts.sent ? 'Xem báo cáo' : 'Mở báo cáo để soạn và gửi'}
    </Link>
  ) : (
    <CreateReportButton
      agency={agency}
      label={`Lập báo cáo ${facts.label.toLowerCase()}`}
      period={facts.period}
    />
  )

export const ReporterHome = ({ home, agency }: { home: Home; agency: number | string }) => {
  const { current } = home
  return (
    <section aria-label="Việc của đơn vị" className="home">
      <div className={`home-card home-card--report${current.sent ? ' home-card--done' : ''}`}>
        <p className="home-card__eyebrow">Báo cáo tháng (trước ngày 18 hằng tháng)</p>
        <h3 className="home-card__title">
          Báo cáo {current.label.toLowerCase()} – hạn {current.deadline} –{' '}
          {stateWords(current).toLowerCase()}
        </h3>
        <p className="home-card__meta">
          {current.dataPeriod}.{' '}
          {current.sent ? 'Đã gửi Cơ quan thường trực.' : `${deadlineWords(current)}.`}
        </p>
        <ReportAction agency={agency} facts={current} />
      </div>

      {home.owed.map((facts) => (
        <div className="home-card home-card--alert" key={facts.period}>
          <h3 className="home-card__title">
            Báo cáo {facts.label.toLowerCase()} chưa gửi – hạn {facts.deadline} (
            {deadlineWords(facts)})
          </h3>
          <p className="home-card__meta">{stateWords(facts)}.</p>
          <ReportAction agency={agency} facts={facts} />
        </div>
      ))}

      {home.returned.map((returned) => (
        <div className="home-card home-card--alert" key={String(returned.id)}>
          <h3 className="home-card__title">
            Báo cáo {returned.label.toLowerCase()} bị trả lại để hoàn thiện
          </h3>
          {returned.comment ? (
            <blockquote className="home-card__comment">{returned.comment}</blockquote>
          ) : null}
          <Link className="home-button" href={reportHref(returned.id)}>
            Hoàn thiện và gửi lại
          </Link>
        </div>
      ))}

      <div className="home-card">
        <h3 className="home-card__title">
          Nhiệm vụ của đơn vị: {home.openTasks} đang thực hiện
          {home.overdueTasks > 0 ? `, ${home.overdueTasks} quá hạn` : ''}
        </h3>
        {home.tasks.length === 0 ? (
          <p className="home-card__meta">Không có nhiệm vụ đang thực hiện.</p>
        ) : (
          <ul className="home-tasks">
            {home.tasks.map((task) => (
              <li
                className={task.daysOverdue > 0 ? 'home-task home-task--overdue' : 'home-task'}
                key={String(task.id)}
              >
                <Link href={`/admin/collections/tasks/${task.id}`}>
                  {task.code ? <span className="home-task__code">{task.code}</span> : null}
                  <span className="home-task__title">{task.title}</span>
                </Link>
                <span className="home-task__due">
                  {task.due ? `Hạn ${task.due}` : 'Không có hạn'} · {task.statusLabel}
                  {task.daysOverdue > 0 ? ` (${task.daysOverdue} ngày)` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {home.openTasks > home.tasks.length ? (
          <Link className="home-link" href="/admin/collections/tasks">
            Xem tất cả nhiệm vụ
          </Link>
        ) : null}
      </div>
    </section>
  )
}
