import type { CollectionConfig } from 'payload'

const CAPTION = '/dashboards/view/drillDown/DrillDownCaption#DrillDownCaption'

/** Every list can be opened from a dashboard figure: it then says what it lists and links back. */
export const withDrillDownCaption = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeListTable: [...(config.admin?.components?.beforeListTable ?? []), CAPTION],
    },
  },
})
