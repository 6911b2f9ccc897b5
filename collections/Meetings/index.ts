import type { CollectionConfig } from 'payload'

import { adminOnly, orgEditors, withRoles } from '../../src/access'
import { l } from '../../src/i18n/label'
import { searchText, searchable } from '../../src/search'
import { readMeetings } from './access'
import { meetingEndpoints } from './endpoints'
import { meetingFields } from './fields'
import { enforceMeetingRules, keepMeetingRecords } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'
import { meetingRollups } from '../../src/rollups/hooks'

// The Working Group's and the Support Group's meetings (Art. 11), from notice to conclusions.
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: l('Cuộc họp', 'Meeting'), plural: l('Cuộc họp', 'Meetings') },
  access: {
    read: readMeetings,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: withRoles('admin', 'secretariat', 'leader'),
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'status', 'noticeLate', 'lateInMonth'],
    listSearchableFields: ['searchText'],
    group: l('Công việc', 'Work'),
  },
  custom: searchable({
    label: l('tên cuộc họp, địa điểm', 'title, place'),
    fields: ['title', 'place'],
  }),
  defaultSort: '-start',
  fields: meetingFields,
  hooks: collectionHooks(
    inputIntegrity(() => Meetings),
    {
      beforeChange: [enforceMeetingRules],
      beforeDelete: [keepMeetingRecords],
    },
    searchText,
    meetingRollups,
    audit,
  ),
  endpoints: meetingEndpoints,
}
