import { warn } from '../log.js';
import { en, type Strings } from './en.js';

export type { Strings } from './en.js';

export type TextDirection = 'ltr' | 'rtl';

export interface Locale {
  /** The BCP 47 tag of the strings actually used. */
  tag: string;
  strings: Strings;
  /** Set on the dialog, so right-to-left languages lay out mirrored. */
  dir: TextDirection;
}

/** A language fetched on first use: a dynamic import, so that it is a chunk of its own, out of the main bundle. */
export interface LocaleLoader {
  load: () => Promise<{ default: Strings }>;
  /** @default 'ltr' */
  dir?: TextDirection;
}

export const DEFAULT_LOCALE = 'en';

/**
 * `table[key]` when `key` is one of the table's own entries, else `undefined`: for keys that come
 * from the service (`last_error.code`, error codes, document types), so that `constructor`,
 * `__proto__` or `toString` never reach a prototype member.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | null | undefined): T | undefined {
  return key != null && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** English is bundled: it is the fallback, and must be there synchronously for the first render. */
const ENGLISH: Locale = { tag: DEFAULT_LOCALE, strings: en, dir: 'ltr' };

/**
 * The other languages. A new one is a module whose default export is its `Strings`, and one line
 * here (with `dir: 'rtl'` where it applies).
 */
const LOADERS: Readonly<Record<string, LocaleLoader>> = {
  fr: { load: () => import('./fr.js') },
  ar: { load: () => import('./ar.js'), dir: 'rtl' },
};

export const SUPPORTED_LOCALES: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(LOADERS)];

/** Per loader, so that a loader passed in (tests, a site's own languages) never sees another's result. */
const loading = new WeakMap<LocaleLoader, Promise<Locale>>();
const loaded = new WeakMap<LocaleLoader, Locale>();

/**
 * The registered tag for a request: an exact match, else its language (`fr-CA` → `fr`), else the
 * default with a warning. An empty request means the default, silently.
 */
function matchTag(requested: string | null | undefined, loaders: Readonly<Record<string, LocaleLoader>>): string {
  const tag = requested?.trim().toLowerCase();
  if (!tag) return DEFAULT_LOCALE;
  for (const candidate of [tag, tag.split('-')[0]!]) {
    if (candidate === DEFAULT_LOCALE || Object.hasOwn(loaders, candidate)) return candidate;
  }
  warn(`Locale "${requested}" is not available; using "${DEFAULT_LOCALE}". Available: ${SUPPORTED_LOCALES.join(', ')}.`);
  return DEFAULT_LOCALE;
}

/**
 * The locale to use right now, synchronously: the requested one if it has already loaded, else
 * English (`loadLocale` loads it). Matches and warns like `loadLocale`.
 */
export function resolveLocale(requested: string | null | undefined): Locale {
  const loader = LOADERS[matchTag(requested, LOADERS)];
  return (loader && loaded.get(loader)) ?? ENGLISH;
}

/**
 * The locale for a request, its chunk fetched the first time (one fetch, however many ask): an exact
 * match, else its language, else English with a warning. A chunk that fails to load gives English
 * with a warning too, and is tried again on the next request. Never rejects.
 *
 * @param loaders The languages besides English. @default the built-in ones (`SUPPORTED_LOCALES`)
 */
export function loadLocale(
  requested: string | null | undefined,
  loaders: Readonly<Record<string, LocaleLoader>> = LOADERS,
): Promise<Locale> {
  const tag = matchTag(requested, loaders);
  const loader = loaders[tag];
  if (!loader) return Promise.resolve(ENGLISH);
  let promise = loading.get(loader);
  if (!promise) {
    promise = loader.load().then(
      (module) => {
        const locale: Locale = { tag, strings: module.default, dir: loader.dir ?? 'ltr' };
        loaded.set(loader, locale);
        return locale;
      },
      (error: unknown) => {
        loading.delete(loader);
        warn(`Locale "${tag}" could not be loaded; using "${DEFAULT_LOCALE}".`, error);
        return ENGLISH;
      },
    );
    loading.set(loader, promise);
  }
  return promise;
}
