// The shapes the store keeps, apart from the Dexie schema that declares the tables
// (schema.ts): the aggregates' code and the repositories need them without the database itself,
// and schema.ts needs them without the aggregates' code.
import type { AdmissionBlock, UnitStatsBlock } from '@/domain/admission-stats';
import type { PlaceStatsBlock } from '@/domain/place-stats';
import type { QualityBlock } from '@/domain/quality-stats';
import type { HomeBlock } from '@/domain/home-stats';
import type { Tombstone, Person, TrainingClass } from '@/domain/entities';
import type { Stage } from '@/domain/pipeline-types';

/** A stored person: the record plus columns derived on every write, for indexes and search. */
export interface PersonRow extends Person {
  stage: Stage;
  searchKey: string;
  /** While the app lock is on (app-lock.ts): the CCCD sealed with the data key; nationalId null. */
  nationalIdSealed?: SealedValue;
  /** While the app lock is on: an HMAC of the CCCD, so a search for a full CCCD finds the row. */
  nationalIdToken?: string;
}

/** AES-GCM output, base64: the 12-byte iv and the ciphertext with its tag. */
export interface SealedValue {
  iv: string;
  data: string;
}

export type ClassRow = TrainingClass;

/** A stored tombstone; `unitId` says whose record it was when an import wrote it. */
export type TombstoneRow = Tombstone & { unitId?: string };

/** A stored admissions record: the block of one shard's units (aggregates.ts). */
export interface StoredAdmissionStats extends AdmissionBlock {
  /** The shard's name (the key of the table, named unitId since schema v2). */
  unitId: string;
}

/** A stored record of people by stage and due dates: the block of one shard's units. */
export interface StoredUnitStats extends UnitStatsBlock {
  /** The shard's name (the key of the table, named unitId since schema v2). */
  unitId: string;
}

/** A stored record of the people of one shard's places, by milestone day (aggregates.ts). */
export interface StoredPlaceStats extends PlaceStatsBlock {
  /** The shard's name (the table's key, named unitId like the other aggregates). */
  unitId: string;
}

/** A stored record of what the data checks find among one shard's people (quality-aggregate.ts). */
export interface StoredQualityStats extends QualityBlock {
  /** The shard's name (the table's key, named unitId like the other aggregates). */
  unitId: string;
}

/** A stored record of the home page's aggregate (home-aggregate.ts): 'due:2026:07', 'classes'… */
export interface StoredHomeStats extends HomeBlock {
  key: string;
}
