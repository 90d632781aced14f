// `npm run docs`: writes the README's tables of the element's API (attributes and properties, methods,
// events, CSS custom properties, parts) from custom-elements.json, which `cem analyze` makes from the
// JSDoc. One source of truth: `--check` (run by the tests) fails when the README is out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Described[];
  return?: { type?: { text: string } };
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const root = resolve(import.meta.dirname, '..');
export const START = '<!-- api:start (generated from custom-elements.json by `npm run docs`: edit the JSDoc, not this) -->';
export const END = '<!-- api:end -->';

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text = '') => (text ? `\`${cell(text)}\`` : '—');

export function renderApi(manifest: Manifest, tagName = 'verify-identity'): string {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  if (!element) throw new Error(`custom-elements.json has no <${tagName}>`);
  const members = (element.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
  const attributes = element.attributes ?? [];
  const fields = members.filter((m) => m.kind === 'field');
  const attributeOf = (field: Member) => attributes.find((a) => a.fieldName === field.name);
  const rows = fields.map((field) => {
    const attribute = attributeOf(field);
    const names = `${attribute ? code(attribute.name) : '—'} / ${code(field.name)}`;
    return `| ${names} | ${code(field.type?.text)} | ${code(attribute?.default ?? field.default)} | ${cell(field.description)} |`;
  });
  const methods = members
    .filter((m) => m.kind === 'method')
    .map((m) => {
      const parameters = (m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      return `- \`${m.name}(${parameters}): ${m.return?.type?.text ?? 'void'}\` — ${cell(m.description)}`;
    });
  return [
    START,
    '### Attributes and properties',
    '| attribute / property | type | default | |',
    '|---|---|---|---|',
    ...rows,
    '',
    '### Methods',
    ...methods,
    '',
    '### Events',
    'All are `CustomEvent`s that bubble and are composed, typed in `HTMLElementEventMap`; `VERIFICATION_EVENTS` lists their names.',
    '',
    '| event | `detail`: when it fires |',
    '|---|---|',
    ...(element.events ?? []).map((event) => `| ${code(event.name)} | ${cell(event.description)} |`),
    '',
    '### CSS custom properties',
    '| property | what it colours or sets |',
    '|---|---|',
    ...(element.cssProperties ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
    '',
    '### Parts',
    '| part | what it is |',
    '|---|---|',
    ...(element.cssParts ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
    END,
  ].join('\n');
}

/** The README with its generated section replaced by `api`. */
export function withApi(readme: string, api: string): string {
  const start = readme.indexOf(START.slice(0, START.indexOf('(')));
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no api:start / api:end markers');
  return readme.slice(0, start) + api + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const readmePath = resolve(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withApi(readme, renderApi(manifest));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of step with custom-elements.json: run `npm run docs`.');
      process.exit(1);
    }
  } else writeFileSync(readmePath, next);
}
