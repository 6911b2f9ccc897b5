import type { GlobalConfig } from 'payload'

import { DATA_VERSION_SLUG } from '../src/db/dataVersion'
import { l } from '../src/i18n/label'

const nobody = () => false

/**
 * The data's version stamp (src/db/dataVersion.ts): rewritten by the system after every committed
 * change, read by caches in every server process. Nobody reads or edits it through the API.
 */
export const DataVersion: GlobalConfig = {
  slug: DATA_VERSION_SLUG,
  label: l('Phiên bản dữ liệu', 'Data version'),
  access: { read: nobody, update: nobody, readVersions: nobody },
  admin: { hidden: true },
  fields: [{ name: 'stamp', type: 'text', label: l('Dấu phiên bản', 'Stamp') }],
}
