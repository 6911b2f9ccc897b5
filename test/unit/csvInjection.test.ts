import { describe, expect, it } from 'vitest'

import { toCsv } from '../../dashboards/view/csv'

const line = (value: string) => toCsv({ header: ['x'], rows: [[value]] }).split('\r\n')[1]

describe('CSV cells never start a formula (issue 11 L9)', () => {
  it('keeps = + - @ as text', () => {
    expect(line('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(line('+1')).toBe("'+1")
    expect(line('-1')).toBe("'-1")
    expect(line('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('keeps a leading tab or carriage return as text (issue 11 L9)', () => {
    expect(line('\t=1+1')).toBe("'\t=1+1")
    expect(line('\r=1+1')).toBe(`"'\r=1+1"`)
  })

  it('leaves ordinary names and numbers alone', () => {
    expect(line('Sở Tư pháp')).toBe('Sở Tư pháp')
    expect(toCsv({ header: ['n'], rows: [[-3]] }).split('\r\n')[1]).toBe('-3')
  })
})
