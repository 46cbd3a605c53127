// The demo province with every record in memory: for the in-app demo (a few thousand people),
// `npm run demo:file`, the dashboard's bench and the tests. The people are those of the stream
// (province-stream.ts), collected: upper unit after upper unit; the places and their figures too.
import type { Person } from '@/domain/entities';
import type { GenerateProvinceOptions, GeneratedProvince } from './options';
import { streamProvince } from './province-stream';

/**
 * Generates a province. Shares are drawn per person, so they come close to the targets for a few
 * thousand people and within a fraction of a percent for a province.
 */
export function generateProvince(options: GenerateProvinceOptions): GeneratedProvince {
  const stream = streamProvince(options);
  const people: Person[] = [];
  const records = stream.draw(Number.MAX_SAFE_INTEGER, (part) => {
    for (const person of part.people) people.push(person);
  });
  return { units: stream.units, places: stream.places, people, ...records };
}
