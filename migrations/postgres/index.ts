import * as migration_20261126_054557_initial from './20261126_054557_initial';
import * as migration_20261126_064410_work_budget_reporting from './20261126_064410_work_budget_reporting';
import * as migration_20261126_101112_aggregates_reminders_dashboard from './20261126_101112_aggregates_reminders_dashboard';
import * as migration_20261126_131748_dashboard_compact_rollups from './20261126_131748_dashboard_compact_rollups';
import * as migration_20261202_122350_attendance_waiver from './20261202_122350_attendance_waiver';
import * as migration_20261202_150000_outbox_attachment_files from './20261202_150000_outbox_attachment_files';
import * as migration_20261202_151047_reporting_month from './20261202_151047_reporting_month';
import * as migration_20261202_152012_issue12_authority_dating from './20261202_152012_issue12_authority_dating';
import * as migration_20261202_155603_indicator_plausibility from './20261202_155603_indicator_plausibility';
import * as migration_20261202_235959_outbox_attachment_files_link from './20261202_235959_outbox_attachment_files_link';
import * as migration_20261203_082633_search_text from './20261203_082633_search_text';
import * as migration_20261203_134040_feedback_register from './20261203_134040_feedback_register';
import * as migration_20261203_135314_remove_send_email_job from './20261203_135314_remove_send_email_job';
import * as migration_20261203_140300_concurrent_posts from './20261203_140300_concurrent_posts';
import * as migration_20261203_141749_working_sessions from './20261203_141749_working_sessions';
import * as migration_20261203_171226_urging_letters from './20261203_171226_urging_letters';
import * as migration_20261203_172745_support_group_reports from './20261203_172745_support_group_reports';
import * as migration_20261203_174045_meeting_preparation from './20261203_174045_meeting_preparation';
import * as migration_20261203_174851_import_batches from './20261203_174851_import_batches';
import * as migration_20261203_181022_data_calls from './20261203_181022_data_calls';
import * as migration_20261203_181609_sg_nominations_drafting from './20261203_181609_sg_nominations_drafting';
import * as migration_20261205_225634_titles_targets_periods from './20261205_225634_titles_targets_periods';
import * as migration_20261206_022510_rollup_scopes_pending from './20261206_022510_rollup_scopes_pending';
import * as migration_20261206_052917_data_version from './20261206_052917_data_version';

export const migrations = [
  {
    up: migration_20261126_054557_initial.up,
    down: migration_20261126_054557_initial.down,
    name: '20261126_054557_initial',
  },
  {
    up: migration_20261126_064410_work_budget_reporting.up,
    down: migration_20261126_064410_work_budget_reporting.down,
    name: '20261126_064410_work_budget_reporting',
  },
  {
    up: migration_20261126_101112_aggregates_reminders_dashboard.up,
    down: migration_20261126_101112_aggregates_reminders_dashboard.down,
    name: '20261126_101112_aggregates_reminders_dashboard',
  },
  {
    up: migration_20261126_131748_dashboard_compact_rollups.up,
    down: migration_20261126_131748_dashboard_compact_rollups.down,
    name: '20261126_131748_dashboard_compact_rollups',
  },
  {
    up: migration_20261202_122350_attendance_waiver.up,
    down: migration_20261202_122350_attendance_waiver.down,
    name: '20261202_122350_attendance_waiver',
  },
  {
    up: migration_20261202_150000_outbox_attachment_files.up,
    down: migration_20261202_150000_outbox_attachment_files.down,
    name: '20261202_150000_outbox_attachment_files',
  },
  {
    up: migration_20261202_151047_reporting_month.up,
    down: migration_20261202_151047_reporting_month.down,
    name: '20261202_151047_reporting_month',
  },
  {
    up: migration_20261202_152012_issue12_authority_dating.up,
    down: migration_20261202_152012_issue12_authority_dating.down,
    name: '20261202_152012_issue12_authority_dating',
  },
  {
    up: migration_20261202_155603_indicator_plausibility.up,
    down: migration_20261202_155603_indicator_plausibility.down,
    name: '20261202_155603_indicator_plausibility',
  },
  {
    up: migration_20261202_235959_outbox_attachment_files_link.up,
    down: migration_20261202_235959_outbox_attachment_files_link.down,
    name: '20261202_235959_outbox_attachment_files_link',
  },
  {
    up: migration_20261203_082633_search_text.up,
    down: migration_20261203_082633_search_text.down,
    name: '20261203_082633_search_text',
  },
  {
    up: migration_20261203_134040_feedback_register.up,
    down: migration_20261203_134040_feedback_register.down,
    name: '20261203_134040_feedback_register',
  },
  {
    up: migration_20261203_135314_remove_send_email_job.up,
    down: migration_20261203_135314_remove_send_email_job.down,
    name: '20261203_135314_remove_send_email_job',
  },
  {
    up: migration_20261203_140300_concurrent_posts.up,
    down: migration_20261203_140300_concurrent_posts.down,
    name: '20261203_140300_concurrent_posts',
  },
  {
    up: migration_20261203_141749_working_sessions.up,
    down: migration_20261203_141749_working_sessions.down,
    name: '20261203_141749_working_sessions',
  },
  {
    up: migration_20261203_171226_urging_letters.up,
    down: migration_20261203_171226_urging_letters.down,
    name: '20261203_171226_urging_letters',
  },
  {
    up: migration_20261203_172745_support_group_reports.up,
    down: migration_20261203_172745_support_group_reports.down,
    name: '20261203_172745_support_group_reports',
  },
  {
    up: migration_20261203_174045_meeting_preparation.up,
    down: migration_20261203_174045_meeting_preparation.down,
    name: '20261203_174045_meeting_preparation',
  },
  {
    up: migration_20261203_174851_import_batches.up,
    down: migration_20261203_174851_import_batches.down,
    name: '20261203_174851_import_batches',
  },
  {
    up: migration_20261203_181022_data_calls.up,
    down: migration_20261203_181022_data_calls.down,
    name: '20261203_181022_data_calls',
  },
  {
    up: migration_20261203_181609_sg_nominations_drafting.up,
    down: migration_20261203_181609_sg_nominations_drafting.down,
    name: '20261203_181609_sg_nominations_drafting',
  },
  {
    up: migration_20261205_225634_titles_targets_periods.up,
    down: migration_20261205_225634_titles_targets_periods.down,
    name: '20261205_225634_titles_targets_periods',
  },
  {
    up: migration_20261206_022510_rollup_scopes_pending.up,
    down: migration_20261206_022510_rollup_scopes_pending.down,
    name: '20261206_022510_rollup_scopes_pending',
  },
  {
    up: migration_20261206_052917_data_version.up,
    down: migration_20261206_052917_data_version.down,
    name: '20261206_052917_data_version'
  },
];
