import type { ReactNode } from 'react'

import type { Say } from './say'
import type { AccountabilityTextKey } from './text'

/** A detail table with its column headings, or a line saying there is nothing to list. */
export const DetailTable = ({
  heads,
  t,
  children,
}: {
  heads: AccountabilityTextKey[]
  t: Say
  children: ReactNode[]
}) =>
  children.length ? (
    <div className="dashboard-table-scroll">
      <table className="dashboard-table">
        <thead>
          <tr>
            {heads.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  ) : (
    <p>{t('none')}</p>
  )
