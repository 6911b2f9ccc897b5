import type { AdminLanguage } from '../../../src/i18n/label'
import type { Figure } from '../../types'
import { formatNumber } from '../widgets/frame'

export const FigureCard = ({
  label,
  figure,
  language,
}: {
  label: string
  figure: Figure
  language: AdminLanguage
}) => (
  <a className="accountability__figure" href={figure.href}>
    <small>{label}</small>
    <strong>{formatNumber(figure.value, language)}</strong>
  </a>
)
