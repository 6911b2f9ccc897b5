// Bad input when writing media uploads, through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, expect, it } from 'vitest'

import {
  expectCreateRefused,
  expectUpdateRefused,
  FORGED_ID,
  initBadInput,
  longerThan,
  payload,
  tooLong,
} from '../../helpers/badInput'
import { createMedia, pdfFile, unique } from '../../helpers/fixtures'
import { disguisedExecutable, mediaFileExists, zipFile } from '../../helpers/refusals'

beforeAll(initBadInput)

describe('media: bad input', () => {
  it('refuses a zip archive (disallowed type), storing neither record nor file', async () => {
    const file = zipFile(`${unique('ho-so')}.zip`)
    await expectCreateRefused(
      'media',
      { title: 'Hồ sơ nén' },
      /^file: Invalid MIME type: application\/zip\./m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses an executable that claims to be a PDF, storing neither record nor file', async () => {
    const file = disguisedExecutable(`${unique('cong-van')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: 'Công văn' },
      /^file: Invalid MIME type: application\/x-msdownload\./m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses a title over 250 characters, storing neither record nor file', async () => {
    const file = pdfFile(`${unique('van-ban')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: tooLong(250) },
      new RegExp(`^title: ${longerThan(250).source}`, 'm'),
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses a title sent as an object, storing nothing', async () => {
    await expectCreateRefused(
      'media',
      { title: { vi: 'Công văn' } },
      /^title: \S/m,
      pdfFile(`${unique('van-ban')}.pdf`),
    )
  })

  it('refuses an owner agency that does not exist, storing neither record nor file', async () => {
    const file = pdfFile(`${unique('van-ban')}.pdf`)
    await expectCreateRefused(
      'media',
      { title: 'Công văn', agency: FORGED_ID },
      /^agency: \S/m,
      file,
    )
    expect(mediaFileExists(file.name)).toBe(false)
  })

  it('refuses replacing a file by a zip archive, keeping the record and its file', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused(
      'media',
      media.id,
      {},
      /^file: Invalid MIME type: application\/zip\./m,
      zipFile(),
    )
    expect(mediaFileExists(media.filename)).toBe(true)
  })

  it('refuses to update a title to over 250 characters, keeping the record', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused(
      'media',
      media.id,
      { title: tooLong(250) },
      new RegExp(`^title: ${longerThan(250).source}`, 'm'),
    )
  })

  it('refuses to update the owner agency to one that does not exist, keeping the record', async () => {
    const media = await createMedia(payload)
    await expectUpdateRefused('media', media.id, { agency: FORGED_ID }, /^agency: \S/m)
  })
})
