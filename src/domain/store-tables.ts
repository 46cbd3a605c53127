// The tables of a whole-store backup, in the order a backup counts and lists them: written by
// the backup (db/backup-repo.ts, exchange/backup.ts) and shown by the restore's preview
// (ui/restore-backup.tsx). A person's local columns travel with the people.
/** The arrays of records, in the order the exchange contract lists them (exchange/format.ts). */
export const RECORD_ARRAYS = [
  'units',
  'people',
  'classes',
  'targets',
  'memberCounts',
  'places',
  'placeFigures',
] as const;

export const STORE_TABLES = [
  ...RECORD_ARRAYS,
  'tombstones',
  'unitEvents',
  'importLog',
  'exportLog',
  'settings',
] as const;
