/** `T` with every key optional, at every depth; functions and lists stay whole. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [Key in keyof T]?: DeepPartial<T[Key]> }
      : T;

const isSection = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `override` merged over it; keys `base` does not have are ignored (a typo changes nothing). */
export function mergeStrings<T>(base: T, override: unknown): T {
  if (!isSection(override) || !isSection(base)) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    if (!Object.hasOwn(base, key)) continue;
    const value = override[key];
    const current = base[key];
    if (isSection(current)) merged[key] = mergeStrings(current, value);
    else if (value !== undefined && typeof value === typeof current) merged[key] = value;
  }
  return merged as T;
}

/**
 * A translation with `base` (English) where it has nothing yet: the translation itself when it is
 * complete, else a copy with the missing entries filled in. A string added in English thus shows in
 * English until translated, and the locale completeness test lists it.
 */
export function fillMissing<T>(base: T, translation: DeepPartial<T> | undefined): T {
  if (translation === undefined) return base;
  if (!isSection(base) || !isSection(translation)) return translation as T;
  let filled: Record<string, unknown> | null = null;
  for (const key of Object.keys(base)) {
    const own = Object.hasOwn(translation, key) ? translation[key] : undefined;
    const value = fillMissing(base[key], own as DeepPartial<unknown>);
    if (value !== own) (filled ??= { ...translation })[key] = value;
  }
  return (filled ?? translation) as T;
}
