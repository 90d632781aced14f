import { expect } from '@open-wc/testing';
import ar from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';
import { SUPPORTED_LOCALES, loadLocale, resolveLocale, type LocaleLoader } from '../../src/locales/index.js';

/** Arguments to call each function entry with, by path; a new function in en.ts needs a line here. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  'capture.headings.front': ['passport'],
  'capture.headings.back': ['ID card'],
  'capture.headings.selfie': ['passport'],
  'capture.fileTypeInvalid': ['scan.pdf'],
  'capture.fileTooLarge': ['photo.jpg', '12.5'],
  'capture.fileEmpty': ['empty.png'],
  'capture.fileHeic': ['IMG_0001.HEIC'],
  'capture.fileAnimated': ['anim.png'],
  'capture.fileCorrupt': ['cut.jpg'],
  'capture.fileTooManyPixels': ['huge.png'],
  'capture.fileNotPrepared': ['scan.webp'],
  'review.idNumberMasked': ['6789'],
  'handoffOutcomes.continuing': ['Acme Bank'],
  'progress.label': [2, 5],
  'consent.requestedBy': ['Acme'],
  'consent.duration': ['3 minutes'],
  'review.uploadingPercent': [42],
  'handoff.qrLabel': ['https://example.com/verify/continue#code=vs_1_handoff_abc'],
  'handoff.expires': ['14:32'],
  // consent and capture feedback (issue 25)
  'feedback.dateExample': ['31.12.1990'],
};

/**
 * Every problem with `translation` measured against English: missing or extra keys, a different
 * kind of entry, a function with other parameters or whose result is empty, an empty string.
 */
function structuralProblems(reference: unknown, translation: unknown, path = ''): string[] {
  const at = path || '(root)';
  if (typeof reference === 'function') {
    if (typeof translation !== 'function') return [`${at}: a function in English, ${typeof translation} here`];
    if (translation.length !== reference.length) return [`${at}: takes ${translation.length} parameters, English ${reference.length}`];
    const args = SAMPLE_ARGUMENTS[path];
    if (!args) return [`${at}: no sample arguments in the test`];
    const result: unknown = translation(...args);
    return typeof result === 'string' && result.trim() && !result.includes('undefined') ? [] : [`${at}: returned ${JSON.stringify(result)}`];
  }
  if (typeof reference === 'string') return typeof translation === 'string' && translation.trim() ? [] : [`${at}: not a non-empty string`];
  if (Array.isArray(reference)) {
    if (!Array.isArray(translation)) return [`${at}: not an array`];
    if (translation.length !== reference.length) return [`${at}: ${translation.length} items, English ${reference.length}`];
    return reference.flatMap((item, index) => structuralProblems(item, translation[index], `${path}.${index}`));
  }
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) return [`${at}: not an object`];
  const expected = reference as Record<string, unknown>;
  const actual = translation as Record<string, unknown>;
  const extra = Object.keys(actual).filter((key) => !(key in expected)).map((key) => `${path ? `${path}.` : ''}${key}: not in English`);
  return [
    ...extra,
    ...Object.keys(expected).flatMap((key) => {
      const keyPath = path ? `${path}.${key}` : key;
      return key in actual ? structuralProblems(expected[key], actual[key], keyPath) : [`${keyPath}: missing`];
    }),
  ];
}

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

describe('locales', () => {
  // First: once a locale has loaded, `resolveLocale` returns it.
  it('resolves synchronously to English until a locale has loaded, then to that locale', async () => {
    expect(resolveLocale('ar').tag).to.equal('en');
    await loadLocale('ar');
    expect(resolveLocale('ar-EG')).to.include({ tag: 'ar', dir: 'rtl', strings: ar });
    expect(resolveLocale(undefined).tag).to.equal('en');
  });

  it('offers English and 22 other languages', () => {
    expect(SUPPORTED_LOCALES).to.include.members(['en', 'fr', 'ar', 'he', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant']);
    expect(SUPPORTED_LOCALES).to.have.length(23);
  });

  const translations = { fr, ar };
  for (const [tag, strings] of Object.entries(translations)) {
    it(`${tag} has every entry English has, of the same kind, none empty`, () => {
      expect(structuralProblems(en, strings)).to.deep.equal([]);
    });
  }

  it('the structural check catches a missing key, a changed signature and an empty result', () => {
    const { fileEmpty: _dropped, ...capture } = fr.capture;
    const broken = { ...fr, capture: { ...capture, headings: { ...fr.capture.headings, front: () => '' } } };
    expect(structuralProblems(en, broken)).to.deep.equal([
      'capture.headings.front: takes 0 parameters, English 1',
      'capture.fileEmpty: missing',
    ]);
    const emptyResult = { ...fr, review: { ...fr.review, idNumberMasked: (_lastFour: string) => ' ' } };
    expect(structuralProblems(en, emptyResult)).to.deep.equal(['review.idNumberMasked: returned " "']);
  });

  it('inflects document names inside sentences', () => {
    const names = (strings: typeof en) => [...Object.values(strings.documentTypeNames), strings.capture.genericDocument];
    expect(names(fr).map(fr.capture.headings.front)).to.deep.equal([
      'Recto de votre passeport',
      'Recto de votre carte d’identité',
      'Recto de votre permis de conduire',
      'Recto de votre document',
    ]);
    // لـ joins the noun, and becomes لل before the article.
    expect(names(ar).map(ar.capture.headings.back)).to.deep.equal([
      'الوجه الخلفي لجواز السفر',
      'الوجه الخلفي لبطاقة الهوية',
      'الوجه الخلفي لرخصة القيادة',
      'الوجه الخلفي للوثيقة',
    ]);
    expect(fr.capture.fileTooLarge('photo.jpg', '12.5')).to.contain('12,5\u00a0Mo');
    // The file name is isolated, so a left-to-right name cannot reorder the Arabic sentence.
    expect(ar.capture.fileEmpty('photo.jpg')).to.contain('«\u2068photo.jpg\u2069»');
  });

  it('loads a locale by its tag or its language, with its direction', async () => {
    expect(await loadLocale('fr')).to.deep.equal({ tag: 'fr', strings: fr, dir: 'ltr' });
    expect(await loadLocale('fr-CA')).to.deep.equal({ tag: 'fr', strings: fr, dir: 'ltr' });
    expect(await loadLocale(' AR ')).to.deep.equal({ tag: 'ar', strings: ar, dir: 'rtl' });
    expect(await loadLocale('en-GB')).to.deep.equal({ tag: 'en', strings: en, dir: 'ltr' });
  });

  it('means English, silently, for an empty request', async () => {
    const warnings = await captureWarnings(async () => {
      expect((await loadLocale('')).tag).to.equal('en');
      expect((await loadLocale(null)).tag).to.equal('en');
      expect(resolveLocale(undefined).tag).to.equal('en');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('falls back to English with one prefixed warning for an unknown tag', async () => {
    const warnings = await captureWarnings(async () => expect((await loadLocale('xx-YY')).tag).to.equal('en'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.equal(`[verify-identity] Locale "xx-YY" is not available; using "en". Available: ${SUPPORTED_LOCALES.join(', ')}.`);
  });

  it('fetches a locale once, however many ask for it', async () => {
    let loads = 0;
    const loaders: Record<string, LocaleLoader> = {
      de: { load: () => (loads++, Promise.resolve({ default: en })) },
    };
    const [first, second] = await Promise.all([loadLocale('de', loaders), loadLocale('de-AT', loaders)]);
    expect(await loadLocale('de', loaders)).to.equal(first);
    expect(second).to.equal(first);
    expect(first).to.deep.equal({ tag: 'de', strings: en, dir: 'ltr' });
    expect(loads).to.equal(1);
  });

  it('falls back to English with one warning when a chunk fails to load, and tries again next time', async () => {
    let loads = 0;
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const loaders: Record<string, LocaleLoader> = {
      fr: { load: () => (loads++, Promise.reject(failure)) },
    };
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect((await loadLocale('fr', loaders)).tag).to.equal('en');
      expect(warnings).to.deep.equal([['[verify-identity] Locale "fr" could not be loaded; using "en".', failure]]);
      expect((await loadLocale('fr', loaders)).tag).to.equal('en');
      expect(loads).to.equal(2);
    } finally {
      console.warn = original;
    }
  });
});
