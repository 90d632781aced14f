// A string added in English does not stop the build: each language shows it in English until translated,
// and completeness.test.ts lists it as missing (docs/adding-a-step.md).
import { expect } from '@open-wc/testing';
import { fillMissing } from '../../src/internal/merge-strings.js';
import { en, type Translation } from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';
import { loadLocale, type LocaleLoader } from '../../src/locales/index.js';

describe('a language that lacks a string', () => {
  const { keepPhoto: _untranslated, ...progress } = fr.progress;
  const { leave: _section, ...rest } = fr;
  const partial: Translation = { ...rest, progress };

  it('shows it in English and everything else in the language', async () => {
    const loaders: Record<string, LocaleLoader> = { fr: { load: () => Promise.resolve({ default: partial }) } };
    const { strings } = await loadLocale('fr', loaders);
    expect(strings.progress.keepPhoto).to.equal(en.progress.keepPhoto);
    expect(strings.leave).to.equal(en.leave);
    expect(strings.progress.back).to.equal(fr.progress.back);
    expect(strings.dialog).to.equal(fr.dialog);
  });

  it('a complete language is used as it is', () => {
    expect(fillMissing(en, fr)).to.equal(fr);
  });
});
