import { expect } from '@open-wc/testing';
import { en, type Strings } from '../../src/locales/en.js';
import { SUPPORTED_LOCALES } from '../../src/locales/index.js';
import { LOADERS } from '../../src/locales/registry.js';

/**
 * Arguments for function entries, by path. An entry not listed here is called with one sample string
 * per parameter (`sample-0`, `sample-1`…); list it when it needs other kinds (a number).
 */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  'capture.fileTooLarge': ['photo.jpg', '12.5'],
  'review.idNumberMasked': ['6789'],
  'review.uploadingPercent': [42],
};

/** The `{name}` placeholders of a string, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** How an argument may legitimately appear in a translation: as given, or with a decimal comma. */
const appears = (output: string, argument: unknown) =>
  output.includes(String(argument)) || output.includes(String(argument).replace('.', ','));

function call(fn: (...args: unknown[]) => unknown, args: unknown[]): { output?: string; error?: string } {
  try {
    const output = fn(...args);
    return typeof output === 'string' ? { output } : { error: `returned ${typeof output}` };
  } catch (error) {
    return { error: `threw ${String(error)}` };
  }
}

/**
 * Every problem of `translation` measured against English, one line each (`path: problem`): a missing
 * or extra key, another kind of entry, an empty string, other `{placeholders}`, an array of another
 * length, a function with other parameters, one that throws, returns an empty string or drops an
 * argument that English shows.
 */
export function problems(reference: unknown, translation: unknown, path = ''): string[] {
  const at = path || '(root)';
  if (typeof reference === 'function') {
    if (typeof translation !== 'function') return [`${at}: a function in English, ${typeof translation} here`];
    if (translation.length !== reference.length) return [`${at}: takes ${translation.length} parameters, English ${reference.length}`];
    const args = SAMPLE_ARGUMENTS[path] ?? Array.from({ length: reference.length }, (_, index) => `sample-${index}`);
    const english = call(reference as (...args: unknown[]) => unknown, args);
    if (english.error) return [`${at}: English ${english.error}; add its sample arguments to SAMPLE_ARGUMENTS`];
    const translated = call(translation as (...args: unknown[]) => unknown, args);
    if (translated.error) return [`${at}: ${translated.error}`];
    const output = translated.output!;
    if (!output.trim() || /undefined|NaN|\[object /.test(output)) return [`${at}: returned ${JSON.stringify(output)}`];
    const dropped = args.filter((argument) => appears(english.output!, argument) && !appears(output, argument));
    return dropped.map((argument) => `${at}: leaves out the argument ${JSON.stringify(argument)}`);
  }
  if (typeof reference === 'string') {
    if (typeof translation !== 'string' || !translation.trim()) return [`${at}: not a non-empty string`];
    const expected = placeholders(reference).join(', ');
    const actual = placeholders(translation).join(', ');
    return expected === actual ? [] : [`${at}: placeholders {${actual}}, English {${expected}}`];
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(translation)) return [`${at}: not an array`];
    if (translation.length !== reference.length) return [`${at}: ${translation.length} items, English ${reference.length}`];
    return reference.flatMap((item, index) => problems(item, translation[index], `${path}.${index}`));
  }
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) return [`${at}: not an object`];
  const expected = reference as Record<string, unknown>;
  const actual = translation as Record<string, unknown>;
  const key = (name: string) => (path ? `${path}.${name}` : name);
  return [
    ...Object.keys(expected).flatMap((name) =>
      Object.hasOwn(actual, name) ? problems(expected[name], actual[name], key(name)) : [`${key(name)}: missing`],
    ),
    ...Object.keys(actual)
      .filter((name) => !Object.hasOwn(expected, name))
      .map((name) => `${key(name)}: not in English`),
  ];
}

describe('every language has every English string', () => {
  const translated = SUPPORTED_LOCALES.filter((tag) => tag !== 'en');
  const strings = new Map<string, Strings>();

  before(async () => {
    // The module as it is (what it lacks is what this file lists), typed as the whole of Strings for the checks below.
    for (const tag of translated) strings.set(tag, (await LOADERS[tag]!.load()).default as Strings);
  });

  it('registers the languages the README and docs/languages.md list, each once, with a module', () => {
    expect(translated).to.deep.equal(Object.keys(LOADERS));
    expect(translated).to.have.length.of.at.least(22);
    expect(new Set(SUPPORTED_LOCALES).size).to.equal(SUPPORTED_LOCALES.length);
  });

  // One list for all languages, so that a string added in English shows at once where it is missing.
  it('no language misses a string, has one English lacks, or changes a placeholder or argument', () => {
    const byLocale = Object.fromEntries(
      translated.map((tag) => [tag, problems(en, strings.get(tag))] as const).filter(([, list]) => list.length > 0),
    );
    expect(byLocale, `problems by language:\n${JSON.stringify(byLocale, null, 2)}`).to.deep.equal({});
  });

  it('no language leaves an English sentence untranslated', () => {
    // Short shared words (“Selfie”, “Name”, “Testmodus”…) may match English; sentences may not.
    const sentences = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string'
        ? value.split(' ').length > 3
          ? [[path, value]]
          : []
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, item]) => sentences(item, path ? `${path}.${key}` : key))
          : [];
    const english = new Map(sentences(en));
    const copied = Object.fromEntries(
      translated
        .map((tag) => [tag, sentences(strings.get(tag)).filter(([path, text]) => english.get(path) === text).map(([path]) => path)] as const)
        .filter(([, paths]) => paths.length > 0),
    );
    expect(copied).to.deep.equal({});
  });

  it('the check names each kind of problem, with its path', () => {
    const fr = strings.get('fr')!;
    const { fileEmpty: _dropped, ...capture } = fr.capture;
    const broken = {
      ...fr,
      extra: 'x',
      dialog: { ...fr.dialog, title: 'Vérifier {name}' },
      capture: {
        ...capture,
        tips: fr.capture.tips.slice(1),
        headings: { ...fr.capture.headings, front: () => 'Recto' },
        fileTypeInvalid: (_fileName: string) => 'Fichier refusé.',
      },
      review: { ...fr.review, uploadingPercent: (_percent: number) => ' ' },
    };
    expect(problems(en, broken)).to.deep.equal([
      'capture.headings.front: takes 0 parameters, English 1',
      'capture.tips: 2 items, English 3',
      'capture.fileTypeInvalid: leaves out the argument "sample-0"',
      'capture.fileEmpty: missing',
      'review.uploadingPercent: returned " "',
      'dialog.title: placeholders {name}, English {}',
      'extra: not in English',
    ]);
  });
});
