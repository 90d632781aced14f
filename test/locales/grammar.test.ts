import { expect } from '@open-wc/testing';
import type { Strings } from '../../src/locales/en.js';
import { LOADERS } from '../../src/locales/registry.js';

// Each language is complete (completeness.test.ts checks it), so its module is typed as the whole of Strings here.
const load = async (tag: string): Promise<Strings> => (await LOADERS[tag]!.load()).default as Strings;

/** The front heading for each of the language's own names: passport, ID card, driving licence, the generic one. */
const fronts = (strings: Strings) =>
  [...Object.values(strings.documentTypeNames), strings.capture.genericDocument].map(strings.capture.headings.front);

describe('document names inside sentences', () => {
  // Languages that inflect the name (case, gender, article) look it up in a table; these pin each table.
  const EXPECTED: Record<string, string[]> = {
    de: ['Vorderseite Ihres Reisepasses', 'Vorderseite Ihres Personalausweises', 'Vorderseite Ihres Führerscheins', 'Vorderseite Ihres Dokuments'],
    it: ['Fronte del suo passaporto', 'Fronte della sua carta d’identità', 'Fronte della sua patente di guida', 'Fronte del suo documento'],
    'pt-BR': ['Frente do seu passaporte', 'Frente da sua carteira de identidade', 'Frente da sua carteira de motorista', 'Frente do seu documento'],
    'pt-PT': ['Frente do seu passaporte', 'Frente do seu cartão de identificação', 'Frente da sua carta de condução', 'Frente do seu documento'],
    pl: ['Przód paszportu', 'Przód dowodu osobistego', 'Przód prawa jazdy', 'Przód dokumentu'],
    ro: ['Fața pașaportului', 'Fața cărții de identitate', 'Fața permisului de conducere', 'Fața documentului'],
    tr: ['Pasaportunuzun ön yüzü', 'Kimlik kartınızın ön yüzü', 'Sürücü belgenizin ön yüzü', 'Belgenizin ön yüzü'],
    ru: ['Лицевая сторона паспорта', 'Лицевая сторона удостоверения личности', 'Лицевая сторона водительского удостоверения', 'Лицевая сторона документа'],
    uk: ['Лицьовий бік паспорта', 'Лицьовий бік ID-картки', 'Лицьовий бік посвідчення водія', 'Лицьовий бік документа'],
    he: ['הצד הקדמי של הדרכון', 'הצד הקדמי של תעודת הזהות', 'הצד הקדמי של רישיון הנהיגה', 'הצד הקדמי של המסמך'],
  };
  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`${tag}: each of its names takes its inflected form`, async () => {
      expect(fronts(await load(tag))).to.deep.equal(expected);
    });
  }

  it('a name the table does not know is shown as given, never mangled', async () => {
    expect((await load('de')).capture.headings.back('Aufenthaltstitel')).to.equal('Rückseite: Aufenthaltstitel');
    expect((await load('ru')).capture.headings.front('вид на жительство')).to.equal('Лицевая сторона: вид на жительство');
  });

  it('decimal commas where the language writes them, the file name kept whole and isolated in Hebrew', async () => {
    expect((await load('de')).capture.fileTooLarge('photo.jpg', '12.5')).to.contain('12,5\u00a0MB');
    expect((await load('ja')).capture.fileTooLarge('photo.jpg', '12.5')).to.contain('12.5\u00a0MB');
    expect((await load('tr')).review.uploadingPercent(42)).to.equal('Yükleniyor… %42');
    expect((await load('he')).capture.fileEmpty('photo.jpg')).to.contain('"\u2068photo.jpg\u2069"');
  });
});
