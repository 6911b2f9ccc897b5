// TEMP until dashboards/queries lands: the view's data source.
export { loadDashboard, parseFilters } from './devFixture'
