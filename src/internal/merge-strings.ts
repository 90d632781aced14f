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

type Format = (...args: unknown[]) => unknown;

/**
 * `base` with `override` merged over it; keys `base` does not have are ignored (a typo changes nothing).
 * An override function that throws gives the base's own string instead (logged once): the page's bug must
 * not leave the element unopened.
 */
export function mergeStrings<T>(base: T, override: unknown, path = 'strings'): T {
  if (!isSection(override) || !isSection(base)) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    if (!Object.hasOwn(base, key)) continue;
    const value = override[key];
    const current = base[key];
    if (isSection(current)) merged[key] = mergeStrings(current, value, `${path}.${key}`);
    else if (typeof value === 'function' && typeof current === 'function') merged[key] = guarded(value as Format, current as Format, `${path}.${key}`);
    else if (value !== undefined && typeof value === typeof current) merged[key] = value;
  }
  return merged as T;
}

function guarded(format: Format, fallback: Format, path: string): Format {
  let logged = false;
  return (...args) => {
    try {
      return format(...args);
    } catch (error) {
      if (!logged) console.warn(`verify-identity: ${path} threw; the language's own string shows instead.`, error);
      logged = true;
      return fallback(...args);
    }
  };
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
