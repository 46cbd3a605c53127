// The repository's rule codes as messages, worded for the action that met them.
import { UnitRuleError } from '@/db/units-repo';
import type { MessageKey } from '@/i18n/messages';

export type UnitAction = 'save' | 'close' | 'reopen' | 'delete';

const KEYS: Record<UnitAction, Partial<Record<UnitRuleError['code'], MessageKey>>> = {
  save: {
    duplicateCode: 'units.error.duplicateCode',
    secondRoot: 'units.error.secondRoot',
    cycle: 'units.error.cycle',
  },
  close: { hasChildren: 'units.error.closeHasChildren', cycle: 'units.error.selfSuccessor' },
  reopen: { duplicateCode: 'units.error.reopenDuplicateCode' },
  delete: {
    hasChildren: 'units.error.deleteHasChildren',
    hasRecords: 'units.error.hasRecords',
    isSuccessor: 'units.error.isSuccessor',
  },
};

/** The message key for a rule the repository refused, or undefined for any other error. */
export function unitErrorKey(action: UnitAction, error: unknown): MessageKey | undefined {
  return error instanceof UnitRuleError ? KEYS[action][error.code] : undefined;
}
