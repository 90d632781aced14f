import { expect } from '@open-wc/testing';
import { en, type Strings } from '../../src/locales/en.js';
import { LOADERS } from '../../src/locales/registry.js';

/** Every string of a locale, and what its functions say for a sample, lower case, one text. */
function text(strings: Strings): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function') parts.push(String(value(strings.capture.genericDocument, '1.5')));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(strings);
  return parts.join('\n').toLocaleLowerCase();
}

/**
 * Whether `term` is used: each of its words, or the start of each (70 %, for languages that inflect:
 * “dokument tożsamości” is used as “dokumentu tożsamości”), occurs in the text.
 */
function uses(all: string, term: string): boolean {
  return term
    .toLocaleLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((word) => all.includes(word.length <= 4 ? word : word.slice(0, Math.ceil(word.length * 0.7))));
}

/** The glossary's term tables: rows of [tag, term…] under a header of [`tag`, meaning…]. */
function termTables(markdown: string): { meanings: string[]; rows: string[][] }[] {
  const tables: { meanings: string[]; rows: string[][] }[] = [];
  // A table: consecutive lines that start with `|`.
  for (const block of markdown.split(/\n(?!\|)/)) {
    const lines = block.split('\n').filter((line) => line.startsWith('|'));
    const cells = lines.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    if (cells.length < 3 || cells[0]![0] !== 'tag' || cells[0]!.includes('how the person is addressed')) continue;
    tables.push({ meanings: cells[0]!.slice(1), rows: cells.slice(2) });
  }
  return tables;
}

describe('the glossary', () => {
  it('every term it gives is the one its language uses', async () => {
    const markdown = await (await fetch('/src/locales/GLOSSARY.md')).text();
    const tables = termTables(markdown);
    expect(tables.map((table) => table.meanings.length)).to.deep.equal([6, 7, 6]);
    const texts = new Map<string, string>([['en', text(en)]]);
    for (const tag of Object.keys(LOADERS)) texts.set(tag, text((await LOADERS[tag]!.load()).default as Strings));

    const unused: string[] = [];
    for (const { meanings, rows } of tables) {
      expect(rows.map((row) => row[0]).sort()).to.deep.equal([...texts.keys()].sort());
      for (const [tag, ...terms] of rows) {
        terms.forEach((term, index) => {
          if (!uses(texts.get(tag!)!, term)) unused.push(`${tag} ${meanings[index]}: “${term}”`);
        });
      }
    }
    expect(unused).to.deep.equal([]);
  });
});
