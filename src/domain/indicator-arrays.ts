// Checked reads of the indicators' typed arrays and lists. Under noUncheckedIndexedAccess an index
// read is `number | undefined`; a cast would turn an index out of range into a silent NaN in a
// figure, these throw instead. One function per kind of array: a read that sees a single kind
// stays as fast as a bare `array[index]` once inlined, where one function for every kind would see
// them all and slow the sums down (about threefold, measured on the dashboard's benchmark).

/** `array[index]`, or a RangeError when the index is out of range. */
export function int32At(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw outOfRange(index, array.length);
  return value;
}

/** `array[index]`, or a RangeError when the index is out of range. */
export function float64At(array: Float64Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw outOfRange(index, array.length);
  return value;
}

/** `list[index]` of an ordinary array, or a RangeError when the index is out of range. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw outOfRange(index, list.length);
  return value;
}

/** `array[index] += value`, checked like float64At. */
export function addAt(array: Float64Array, index: number, value: number): void {
  array[index] = float64At(array, index) + value;
}

function outOfRange(index: number, length: number): RangeError {
  return new RangeError(`index ${index} out of range (length ${length})`);
}
