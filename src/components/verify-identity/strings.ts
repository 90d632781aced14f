import type { Strings } from '../../locales/en.js';
import { mergeStrings, type DeepPartial } from '../../internal/merge-strings.js';

export { mergeStrings };

/**
 * Any part of `Strings`, to override: nested sections partially, each string (or function, for the
 * strings with values) whole. Lists (`capture.tips`) are replaced whole.
 */
export type StringsOverride = {
  [Key in keyof Strings]?: DeepPartial<Strings[Key]>;
};

/** `mergeStrings`, done again only when the language's strings or the override change. */
export function stringsMerger(): (base: Strings, override: StringsOverride | undefined) => Strings {
  let last: { base: Strings; override: StringsOverride | undefined; strings: Strings } | null = null;
  return (base, override) => {
    if (last?.base !== base || last.override !== override) last = { base, override, strings: safeMerge(base, override) };
    return last.strings;
  };
}

/** An override that throws while read (a getter, a Proxy) leaves the language's strings as they are. */
function safeMerge(base: Strings, override: StringsOverride | undefined): Strings {
  try {
    return mergeStrings(base, override);
  } catch (error) {
    console.warn("verify-identity: the strings override could not be read; the language's own strings show instead.", error);
    return base;
  }
}
