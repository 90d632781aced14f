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

/** Registered locales. A new language is one import and one line here (with `dir: 'rtl'` where it applies). */
const LOCALES: Readonly<Record<string, Locale>> = {
  en: { tag: 'en', strings: en, dir: 'ltr' },
};

export const DEFAULT_LOCALE = 'en';

export const SUPPORTED_LOCALES: readonly string[] = Object.keys(LOCALES);

/**
 * The locale for a requested tag: an exact match, else its language (`en-GB` → `en`), else English
 * with a warning. An empty request means the default, silently.
 */
export function resolveLocale(requested: string | null | undefined): Locale {
  const fallback = LOCALES[DEFAULT_LOCALE]!;
  const tag = requested?.trim().toLowerCase();
  if (!tag) return fallback;
  const match = LOCALES[tag] ?? LOCALES[tag.split('-')[0]!];
  if (match) return match;
  warn(`Locale "${requested}" is not available; using "${DEFAULT_LOCALE}". Available: ${SUPPORTED_LOCALES.join(', ')}.`);
  return fallback;
}
