/** `array` copied into a new one of `size` entries, the rest zero: how the engine's typed tables grow. */
export function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const bigger = (array instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as T;
  bigger.set(array);
  return bigger;
}
