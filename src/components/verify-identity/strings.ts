import type { Strings } from '../../locales/en.js';

/**
 * Any part of `Strings`, to override: nested sections partially, each string (or function, for the
 * strings with values) whole. Lists (`capture.tips`) are replaced whole.
 */
export type StringsOverride = {
  [Key in keyof Strings]?: DeepPartial<Strings[Key]>;
};

type DeepPartial<T> = T extends (...args: never[]) => unknown
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

/** `mergeStrings`, done again only when the language's strings or the override change. */
export function stringsMerger(): (base: Strings, override: StringsOverride | undefined) => Strings {
  let last: { base: Strings; override: StringsOverride | undefined; strings: Strings } | null = null;
  return (base, override) => {
    if (last?.base !== base || last.override !== override) last = { base, override, strings: mergeStrings(base, override) };
    return last.strings;
  };
}
