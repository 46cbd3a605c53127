// Section "training": the classes of the viewed subtree held within the period, and their attendees.
import type { ClassKind } from './code-lists';
import type { IndicatorContext } from './indicator-context';
import type { TrainingFigures } from './indicator-types';

export function trainingFigures({ data, view, period }: IndicatorContext): TrainingFigures {
  const classes: Record<ClassKind, number> = { awareness: 0, new_member: 0, other: 0 };
  const attendees: Record<ClassKind, number> = { awareness: 0, new_member: 0, other: 0 };
  for (const { unitId, kind, startOn, endOn, attendeeCount } of data.classes) {
    if (!view.scope.unitIds.has(unitId)) continue;
    // A class counts in the period that holds it whole: one straddling a boundary counts in neither.
    if (startOn < period.from || endOn > period.to) continue;
    classes[kind] += 1;
    attendees[kind] += attendeeCount;
  }
  return {
    awarenessClasses: classes.awareness,
    awarenessAttendees: attendees.awareness,
    newMemberClasses: classes.new_member,
    newMemberAttendees: attendees.new_member,
    otherClasses: classes.other,
    otherAttendees: attendees.other,
  };
}
