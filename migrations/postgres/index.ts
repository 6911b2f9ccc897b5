import * as migration_20261126_054557_initial from './20261126_054557_initial';

export const migrations = [
  {
    up: migration_20261126_054557_initial.up,
    down: migration_20261126_054557_initial.down,
    name: '20261126_054557_initial'
  },
];
