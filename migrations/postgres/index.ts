import * as migration_20261126_054557_initial from './20261126_054557_initial';
import * as migration_20261126_064410_work_budget_reporting from './20261126_064410_work_budget_reporting';

export const migrations = [
  {
    up: migration_20261126_054557_initial.up,
    down: migration_20261126_054557_initial.down,
    name: '20261126_054557_initial',
  },
  {
    up: migration_20261126_064410_work_budget_reporting.up,
    down: migration_20261126_064410_work_budget_reporting.down,
    name: '20261126_064410_work_budget_reporting'
  },
];
