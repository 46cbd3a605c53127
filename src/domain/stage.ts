// A person's stage follows from the latest milestone reached; removal ends the way.
import type { Milestones } from './entities';
import type { Stage } from './pipeline-types';

export function deriveStage(milestones: Partial<Milestones>): Stage {
  if (milestones.removedOn) return 'removed';
  if (milestones.officialOn) return 'official';
  if (milestones.admittedOn) return 'probation';
  if (milestones.decisionOn) return 'decided';
  if (milestones.cellResolutionOn) return 'resolved';
  if (milestones.applicationOn) return 'applied';
  if (milestones.awarenessCertOn) return 'certified';
  return 'source';
}

/** Admitted people: in probation or official (a person struck off keeps their admission date). */
export function isAdmitted(milestones: Partial<Milestones>): boolean {
  return Boolean(milestones.admittedOn);
}
