'use client'

import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'

import type { ViNumberProps } from './numberFields'
import { formatFieldValue } from './viNumber'

/** A number or an amount in a list, the Vietnamese way: "60.000.000 đ", "12,5", "2026". */
export const ViNumberCell = (props: DefaultCellComponentProps<NumberFieldClient>) => {
  const { cellData } = props
  const options = props as unknown as Partial<ViNumberProps>
  if (typeof cellData !== 'number') return null
  return <span style={{ whiteSpace: 'nowrap' }}>{formatFieldValue(cellData, options)}</span>
}
