import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { loadLocale, preferredLanguages, resolveLocale, SUPPORTED_LOCALES } from '../../src/locales/index.js';
import { LOADERS, matchTag } from '../../src/locales/registry.js';

/** Collects the warnings written while `body` runs. */
async function captureWarnings(body: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** `navigator.languages` replaced for the length of `body`. */
async function withNavigatorLanguages<T>(languages: readonly string[], body: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  try {
    return await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
  }
}

/** Request → registered tag; `undefined`: not available (English with a warning). */
const TABLE: [string, string | undefined][] = [
  // Exact, any letter case, `_` as `-`.
  ['de', 'de'],
  ['DE', 'de'],
  ['pt-BR', 'pt-BR'],
  ['pt-br', 'pt-BR'],
  ['PT_pt', 'pt-PT'],
  ['zh-Hant', 'zh-Hant'],
  ['zh-hans', 'zh-Hans'],
  // Language + region → the language.
  ['fr-CA', 'fr'],
  ['es-419', 'es'],
  ['es-MX', 'es'],
  ['de-CH', 'de'],
  ['ar-EG', 'ar'],
  ['nl-BE', 'nl'],
  ['ro-MD', 'ro'],
  ['ru-RU', 'ru'],
  ['uk-UA', 'uk'],
  ['hi-IN', 'hi'],
  ['ja-JP', 'ja'],
  ['ko-KR', 'ko'],
  ['th-TH', 'th'],
  ['vi-VN', 'vi'],
  ['tr-TR', 'tr'],
  ['pl-PL', 'pl'],
  ['it-CH', 'it'],
  ['en-GB', 'en'],
  ['EN_us', 'en'],
  // Chinese: the script first, else the region.
  ['zh', 'zh-Hans'],
  ['zh-CN', 'zh-Hans'],
  ['zh-SG', 'zh-Hans'],
  ['zh-MY', 'zh-Hans'],
  ['zh-TW', 'zh-Hant'],
  ['zh-HK', 'zh-Hant'],
  ['zh-MO', 'zh-Hant'],
  ['zh_TW', 'zh-Hant'],
  ['zh-Hant-CN', 'zh-Hant'],
  ['zh-Hans-HK', 'zh-Hans'],
  ['ZH-HANT-TW', 'zh-Hant'],
  // Portuguese: bare `pt` is Brazilian (the larger population, and CLDR's `pt`); other regions European.
  ['pt', 'pt-BR'],
  ['pt-PT', 'pt-PT'],
  ['pt-AO', 'pt-PT'],
  ['pt-MZ', 'pt-PT'],
  // Old codes.
  ['iw', 'he'],
  ['iw-IL', 'he'],
  ['he-IL', 'he'],
  ['in', 'id'],
  ['in-ID', 'id'],
  ['id-ID', 'id'],
  // Not available: Norwegian (no, nb, nn), and anything else.
  ['nb', undefined],
  ['no', undefined],
  ['nb-NO', undefined],
  ['nn', undefined],
  ['sr-Latn-RS', undefined],
  ['x', undefined],
  ['english', undefined],
];

describe('locale matching', () => {
  for (const [requested, expected] of TABLE) {
    it(`${requested} → ${expected ?? 'not available'}`, () => {
      expect(matchTag(requested, LOADERS, [])).to.equal(expected);
    });
  }

  it('every registered tag matches itself, in any letter case', () => {
    for (const tag of SUPPORTED_LOCALES) {
      expect(matchTag(tag, LOADERS, [])).to.equal(tag);
      expect(matchTag(tag.toUpperCase(), LOADERS, [])).to.equal(tag);
    }
  });

  it('loads an unknown or Norwegian tag as English, with one warning naming the languages there are', async () => {
    const warnings = await captureWarnings(async () => {
      expect((await loadLocale('nb-NO')).tag).to.equal('en');
      expect((await loadLocale('no')).tag).to.equal('en');
    });
    expect(warnings).to.deep.equal([
      `[verify-identity] Locale "nb-NO" is not available; using "en". Available: ${SUPPORTED_LOCALES.join(', ')}.`,
      `[verify-identity] Locale "no" is not available; using "en". Available: ${SUPPORTED_LOCALES.join(', ')}.`,
    ]);
  });

  it('warns about an unknown tag at once, before anything is fetched', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    let pending: ReturnType<typeof loadLocale>;
    try {
      pending = loadLocale('nn-NO');
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
    }
    expect((await pending).tag).to.equal('en');
  });

  it('loads by region, script and old code, with the canonical tag for `lang`', async () => {
    expect(await loadLocale('zh-TW')).to.include({ tag: 'zh-Hant', dir: 'ltr' });
    expect(await loadLocale('zh-CN')).to.include({ tag: 'zh-Hans', dir: 'ltr' });
    expect(await loadLocale('iw')).to.include({ tag: 'he', dir: 'rtl' });
    expect(await loadLocale('in')).to.include({ tag: 'id', dir: 'ltr' });
    expect(await loadLocale('pt')).to.include({ tag: 'pt-BR' });
  });
});

describe('an empty locale: the browser’s languages, else English', () => {
  const cases: [string, readonly string[], string][] = [
    ['the first one available wins', ['nb-NO', 'de-AT', 'fr'], 'de'],
    ['in order, even after an unavailable one', ['xx', 'zh-HK', 'ja'], 'zh-Hant'],
    ['English when it comes first', ['en-US', 'de'], 'en'],
    ['English when it comes first after unavailable ones', ['nb', 'en', 'de'], 'en'],
    ['English when none is available', ['nb', 'nn', 'xx'], 'en'],
    ['English when there are none', [], 'en'],
    ['old codes too', ['iw'], 'he'],
  ];
  for (const [name, preferred, expected] of cases) {
    it(`${name}: [${preferred.join(', ')}] → ${expected}`, async () => {
      const warnings = await captureWarnings(async () => {
        expect((await loadLocale('', undefined, preferred)).tag).to.equal(expected);
        expect((await loadLocale('  ', undefined, preferred)).tag).to.equal(expected);
        expect((await loadLocale(null, undefined, preferred)).tag).to.equal(expected);
      });
      // The browser's languages are the person's, not the integrator's mistake: no warning.
      expect(warnings).to.deep.equal([]);
    });
  }

  it('reads navigator.languages by default', async () => {
    await withNavigatorLanguages(['ko-KR', 'en'], async () => {
      expect(preferredLanguages()).to.deep.equal(['ko-KR', 'en']);
      expect(await loadLocale('')).to.include({ tag: 'ko' });
      expect(resolveLocale('').tag).to.equal('ko');
      expect(resolveLocale(undefined).tag).to.equal('ko');
    });
    await withNavigatorLanguages(['he-IL'], async () => expect(await loadLocale(undefined)).to.include({ tag: 'he', dir: 'rtl' }));
  });

  it('an explicit locale wins over the browser’s languages', async () => {
    await withNavigatorLanguages(['ko-KR'], async () => {
      expect((await loadLocale('de')).tag).to.equal('de');
      expect(resolveLocale('en').strings).to.equal(en);
    });
  });
});
