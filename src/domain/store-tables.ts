// The tables of a whole-store backup, in the order a backup counts and lists them: written by
// the backup (db/backup-repo.ts, exchange/backup.ts) and shown by the restore's preview
// (ui/restore-backup.tsx). A person's local columns travel with the people.
export const STORE_TABLES = [
  'units',
  'people',
  'classes',
  'targets',
  'memberCounts',
  'places',
  'placeFigures',
  'tombstones',
  'unitEvents',
  'importLog',
  'exportLog',
  'settings',
] as const;
