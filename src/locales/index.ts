import { warn } from '../log.js';
import { fillMissing } from '../internal/merge-strings.js';
import { en, type Strings, type Translation } from './en.js';

export type { Strings, Translation } from './en.js';

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
  load: () => Promise<{ default: Translation }>;
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
 * Every language's tag, English first. The other languages' loaders and the matching rules are a
 * chunk of their own (`registry.ts`), fetched with the first request that is not plainly English,
 * so that they cost the first bundle nothing; a test keeps this list equal to the registry's.
 */
// prettier-ignore
export const SUPPORTED_LOCALES: readonly string[] = [
  DEFAULT_LOCALE, 'ar', 'de', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl',
  'pl', 'pt-BR', 'pt-PT', 'ro', 'ru', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
];

type Registry = typeof import('./registry.js');

/** The registry once fetched: nothing but English can have loaded before. */
let registry: Registry | undefined;

/** Per loader, so that a loader passed in (tests, a site's own languages) never sees another's result. */
const loading = new WeakMap<LocaleLoader, Promise<Locale>>();
const loaded = new WeakMap<LocaleLoader, Locale>();

/** The browser's languages, preferred first (`navigator.languages`); none where there is no navigator. */
export function preferredLanguages(): readonly string[] {
  return (globalThis.navigator as Navigator | undefined)?.languages ?? [];
}

/** The first subtag of a tag, in lower case. */
const languageOf = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]!;

/**
 * The languages something matches: every tag's language, and the old codes the registry renames
 * (`iw`, `in`). A tag whose language is not here matches nothing, so the answer (English) and the
 * warning need no registry, and come at once.
 */
const KNOWN_LANGUAGES = new Set([...SUPPORTED_LOCALES.map(languageOf), 'iw', 'in']);

const notAvailable = (requested: unknown, tags: readonly string[]) =>
  warn(`Locale "${requested}" is not available; using "${DEFAULT_LOCALE}". Available: ${tags.join(', ')}.`);

/**
 * The locale to use right now, synchronously: the requested one if it has already loaded, else
 * English (`loadLocale` loads it, and warns about an unknown tag). Matches like `loadLocale` (an
 * empty request: the browser's languages).
 */
export function resolveLocale(requested: string | null | undefined, preferred?: readonly string[]): Locale {
  // Before the registry, only English can have loaded: the browser's languages need not be read.
  if (!registry) return ENGLISH;
  const loader = registry.LOADERS[registry.matchTag(requested, registry.LOADERS, preferred ?? preferredLanguages()) ?? DEFAULT_LOCALE];
  return (loader && loaded.get(loader)) ?? ENGLISH;
}

/**
 * The locale for a request, its chunk fetched the first time (one fetch, however many ask): an exact
 * match (any letter case), else by script, region and language (`zh-TW` → zh-Hant, `fr-CA` → fr,
 * `iw` → he; see `candidates` in registry.ts), else English with a warning. An empty request takes
 * the first of the browser's languages that matches, else English. A chunk that fails to load gives
 * English with a warning too, and is tried again on the next request. Never rejects.
 *
 * @param loaders The languages besides English. @default the built-in ones (`SUPPORTED_LOCALES`)
 * @param preferred The languages for an empty request, best first. @default `navigator.languages`
 */
export async function loadLocale(
  requested: string | null | undefined,
  loaders?: Readonly<Record<string, LocaleLoader>>,
  preferred: readonly string[] = preferredLanguages(),
): Promise<Locale> {
  if (!loaders) {
    // The built-in languages: settle what needs no registry here (English, an unknown tag).
    const explicit = requested?.trim();
    if (explicit && !KNOWN_LANGUAGES.has(languageOf(explicit))) notAvailable(requested, SUPPORTED_LOCALES);
    const tag = explicit || preferred.find((language) => KNOWN_LANGUAGES.has(languageOf(language)));
    if (!tag || !KNOWN_LANGUAGES.has(languageOf(tag)) || languageOf(tag) === DEFAULT_LOCALE) return ENGLISH;
    // The browser's first language that matches, as if it had been asked for.
    requested = tag;
  }
  let rules: Registry;
  try {
    // Not kept when it fails: the next request fetches it again.
    rules = registry ??= await import('./registry.js');
  } catch (error) {
    warn(`Locale "${requested}" could not be loaded; using "${DEFAULT_LOCALE}".`, error);
    return ENGLISH;
  }
  const table = loaders ?? rules.LOADERS;
  const tag = rules.matchTag(requested, table, preferred);
  if (!tag) notAvailable(requested, [DEFAULT_LOCALE, ...Object.keys(table)]);
  const loader = tag && table[tag];
  if (!tag || !loader) return ENGLISH;
  let promise = loading.get(loader);
  if (!promise) {
    promise = loader.load().then(
      (module) => {
        // What the language has not translated yet shows in English.
        const locale: Locale = { tag, strings: fillMissing<Strings>(en, module.default), dir: loader.dir ?? 'ltr' };
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
