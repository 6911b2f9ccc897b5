import * as migration_20261126_050038_initial from './20261126_050038_initial';

export const migrations = [
  {
    up: migration_20261126_050038_initial.up,
    down: migration_20261126_050038_initial.down,
    name: '20261126_050038_initial'
  },
];
