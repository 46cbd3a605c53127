// The English words of the validation area (../validation.ts), loaded with the English language only.
import type { ValidationKey } from '../validation';
import type { Message } from '../types';

export const validationEn: Record<ValidationKey, Message> = {
  'validation.required': 'Please fill in this field.',
  'validation.type': 'Wrong type of value.',
  'validation.uuid': 'The id must be a UUID.',
  'validation.dateTime': 'Must be an ISO 8601 date-time with offset.',
  'validation.date': 'Invalid date (dd/mm/yyyy).',
  'validation.enum': 'Value is not in the code list.',
  'validation.ethnicity': 'Ethnicity must be one of the 54 ethnic groups of Viet Nam.',
  'validation.religion': 'Religion must be one recognised by the State.',
  'validation.nationalId': 'The national ID (CCCD) must be exactly 12 digits.',
  'validation.boolean': 'Must be yes or no.',
  'validation.integer': 'Must be a whole number.',
  'validation.nonNegative': 'Must not be negative.',
  'validation.year': 'Invalid year.',
  'validation.endBeforeStart': 'The end date must not be before the start date.',
  'validation.toYearBeforeFromYear': 'The end year must not be before the start year.',
};
