import { expect } from '@open-wc/testing';
import { loadLocale, SUPPORTED_LOCALES } from '../../src/locales/index.js';
import { LOADERS } from '../../src/locales/registry.js';

const RIGHT_TO_LEFT = ['ar', 'he'];

describe('each language is a chunk that loads', () => {
  for (const tag of SUPPORTED_LOCALES.filter((tag) => tag !== 'en')) {
    it(`${tag}: loads on demand, ${RIGHT_TO_LEFT.includes(tag) ? 'right to left' : 'left to right'}`, async () => {
      const module = await LOADERS[tag]!.load();
      const locale = await loadLocale(tag);
      expect(locale.tag).to.equal(tag);
      expect(locale.strings).to.equal(module.default);
      expect(locale.dir).to.equal(RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr');
      // The language's own title, not English.
      expect(locale.strings.dialog.title).to.not.equal('Verify your identity');
    });
  }

  it('only Arabic and Hebrew are right to left', () => {
    expect(Object.keys(LOADERS).filter((tag) => LOADERS[tag]!.dir === 'rtl')).to.deep.equal(RIGHT_TO_LEFT);
  });
});
