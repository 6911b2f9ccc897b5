'use client'

import { Button, Dropzone, useTranslation } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import { l } from '../../i18n/label'
import './import.css'

// The one way to pick an Excel workbook in the admin (the list import, a data-call answer): a
// button in the admin's language ("Chọn tệp Excel…") instead of the browser's own file input,
// whose text follows the operating system ("Choose File"), the chosen file's name and size, and
// dropping the file on the box. Only .xlsx is taken; anything else is named and refused here.

const TEXT = {
  choose: l('Chọn tệp Excel…', 'Choose an Excel file…'),
  change: l('Chọn tệp khác…', 'Choose another file…'),
  drop: l('hoặc kéo thả tệp vào đây', 'or drop the file here'),
  none: l('Chưa chọn tệp.', 'No file chosen.'),
  wrongType: l(
    'chỉ nhận tệp Excel (.xlsx); hãy lưu tệp dưới dạng Excel Workbook (.xlsx).',
    'only Excel files (.xlsx) are accepted; save the file as an Excel Workbook (.xlsx).',
  ),
}

export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const isXlsx = (file: File) => file.name.toLowerCase().endsWith('.xlsx')

/** 12.345 byte → "12,1 KB" the Vietnamese way. */
export const fileSize = (bytes: number): string => {
  const format = (value: number) =>
    value.toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 0 })
  if (bytes < 1024) return `${format(bytes)} byte`
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`
  return `${format(bytes / 1024 / 1024)} MB`
}

export const ExcelFilePicker = ({
  file,
  onChange,
  disabled = false,
  label,
  name,
}: {
  file: File | null
  onChange: (file: File | null) => void
  disabled?: boolean
  /** What the file is, read by screen readers (e.g. "Tệp Excel đã điền"). */
  label: string
  /** The input's name, for the browser tests to find it. */
  name?: string
}) => {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const input = useRef<HTMLInputElement>(null)
  const nameId = useId()
  const [refusal, setRefusal] = useState<string | null>(null)

  const take = (files: FileList | null | undefined) => {
    const chosen = files?.[0]
    if (input.current) input.current.value = ''
    if (!chosen) return
    if (!isXlsx(chosen)) {
      setRefusal(`“${chosen.name}”: ${TEXT.wrongType[lang]}`)
      return
    }
    setRefusal(null)
    onChange(chosen)
  }

  return (
    <Dropzone className="excel-picker" disabled={disabled} onChange={take}>
      <div className="excel-picker__content">
        <Button
          aria-describedby={nameId}
          buttonStyle="secondary"
          disabled={disabled}
          margin={false}
          onClick={() => input.current?.click()}
          size="medium"
        >
          {file ? TEXT.change[lang] : TEXT.choose[lang]}
        </Button>
        <span className="excel-picker__drop">{TEXT.drop[lang]}</span>
        <input
          ref={input}
          aria-label={label}
          accept={XLSX_ACCEPT}
          className="excel-picker__input"
          disabled={disabled}
          name={name}
          tabIndex={-1}
          type="file"
          onChange={(event) => take(event.target.files)}
        />
      </div>
      <p className="excel-picker__file" id={nameId}>
        {file ? (
          <>
            <strong>{file.name}</strong> ({fileSize(file.size)})
          </>
        ) : (
          TEXT.none[lang]
        )}
      </p>
      {refusal && (
        <p className="excel-picker__refusal" role="alert">
          {refusal}
        </p>
      )}
    </Dropzone>
  )
}
