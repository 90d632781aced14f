import type { LocaleLoader } from './index.js';

// The languages besides English and how a request finds one. A chunk of its own, fetched with the
// first request that is not plainly English (see `loadLocale` in index.ts): the loaders' chunk
// names and these rules then cost the first bundle nothing.

/**
 * The other languages. A new one is a module whose default export is its `Strings`, and one line
 * here (with `dir: 'rtl'` where it applies); add its tag to `SUPPORTED_LOCALES` in index.ts too (a
 * test keeps the two in step). Keys are canonical BCP 47 tags: they become the dialog's `lang`.
 */
export const LOADERS: Readonly<Record<string, LocaleLoader>> = {
  ar: { load: () => import('./ar.js'), dir: 'rtl' },
  de: { load: () => import('./de.js') },
  es: { load: () => import('./es.js') },
  fr: { load: () => import('./fr.js') },
  he: { load: () => import('./he.js'), dir: 'rtl' },
  hi: { load: () => import('./hi.js') },
  id: { load: () => import('./id.js') },
  it: { load: () => import('./it.js') },
  ja: { load: () => import('./ja.js') },
  ko: { load: () => import('./ko.js') },
  nl: { load: () => import('./nl.js') },
  pl: { load: () => import('./pl.js') },
  'pt-BR': { load: () => import('./pt-BR.js') },
  'pt-PT': { load: () => import('./pt-PT.js') },
  ro: { load: () => import('./ro.js') },
  ru: { load: () => import('./ru.js') },
  th: { load: () => import('./th.js') },
  tr: { load: () => import('./tr.js') },
  uk: { load: () => import('./uk.js') },
  vi: { load: () => import('./vi.js') },
  'zh-Hans': { load: () => import('./zh-Hans.js') },
  'zh-Hant': { load: () => import('./zh-Hant.js') },
};

const DEFAULT = 'en';

/**
 * The tags to try for one request, best first, in lower case: the whole tag, language + script,
 * language + region, the language's variant, then the language. Old codes are renamed (`iw` → he,
 * `in` → id). Chinese goes by script, else by region (TW, HK, MO → zh-Hant; any other or none →
 * zh-Hans). Portuguese: pt-BR for Brazil and for a bare `pt` (the larger population, and CLDR's
 * `pt`), pt-PT for every other region (Portugal, Angola, Mozambique…).
 */
export function candidates(requested: string): string[] {
  const subtags = requested.toLowerCase().replaceAll('_', '-').split('-');
  const language = subtags[0] === 'iw' ? 'he' : subtags[0] === 'in' ? 'id' : subtags[0]!;
  const script = subtags.find((subtag, index) => index > 0 && /^[a-z]{4}$/.test(subtag));
  const region = subtags.find((subtag, index) => index > 0 && /^([a-z]{2}|\d{3})$/.test(subtag));
  const variant =
    language === 'zh'
      ? /^(tw|hk|mo)$/.test(region ?? '')
        ? 'zh-hant'
        : 'zh-hans'
      : language === 'pt'
        ? !region || region === 'br'
          ? 'pt-br'
          : 'pt-pt'
        : language;
  return [subtags.join('-'), `${language}-${script}`, `${language}-${region}`, variant, language];
}

/** The registered tag (in its own letter case) one request matches, if any. */
function findTag(requested: string, loaders: Readonly<Record<string, LocaleLoader>>): string | undefined {
  const tags = [DEFAULT, ...Object.keys(loaders)];
  for (const candidate of candidates(requested)) {
    const tag = tags.find((registered) => registered.toLowerCase() === candidate);
    if (tag) return tag;
  }
  return undefined;
}

/**
 * The registered tag for a request, matched without regard to case (see `candidates`), or
 * `undefined` when none matches (the caller warns: this chunk imports nothing). An empty request
 * means the browser's languages (`preferred`): the first that matches, else English.
 */
export function matchTag(
  requested: string | null | undefined,
  loaders: Readonly<Record<string, LocaleLoader>>,
  preferred: readonly string[],
): string | undefined {
  const tag = requested?.trim();
  if (!tag) {
    for (const language of preferred) {
      const match = findTag(language, loaders);
      if (match) return match;
    }
    return DEFAULT;
  }
  return findTag(tag, loaders);
}
