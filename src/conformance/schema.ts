import { SCHEMAS } from './contract.generated.js';

/**
 * A checker of the part of JSON Schema 2020-12 the contract's schemas use, so that the kit runs without a
 * schema library (ajv is 120 KB and would be a dependency of every install of the package). A keyword it
 * does not know throws: the test that keeps contract.generated.ts equal to the document then fails, rather
 * than the kit passing answers it never checked.
 */

type Schema = Record<string, unknown>;

export interface SchemaProblem {
  /** Where in the value, as `session.options.document` / `data[0].created`. */
  path: string;
  keyword: string;
  message: string;
  /** The innermost named schema of the contract the problem was found in (`Timestamp`, `ClientSession`). */
  schema: string;
}

const ANNOTATIONS = new Set(['contentMediaType', 'description', 'examples', 'default', 'title']);

export function schemaNames(): string[] {
  return Object.keys(SCHEMAS);
}

/** The problems of `value` against the contract's schema `name`; none when it conforms. */
export function checkSchema(name: string, value: unknown, path = ''): SchemaProblem[] {
  const schema = SCHEMAS[name];
  if (!schema) throw new Error(`The contract has no schema ${name}.`);
  return check(schema as Schema, value, path, name);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(type: string, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeOf(a) !== typeOf(b) || typeof a !== 'object' || a === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b as object);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Schema)[key], (b as Schema)[key]));
}

function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

function isUri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1;
  } catch {
    return false;
  }
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function check(schema: Schema, value: unknown, path: string, named: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const problem = (keyword: string, message: string, at = path) => problems.push({ path: at || '(root)', keyword, message, schema: named });

  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case '$ref': {
        const target = /^#\/components\/schemas\/(\w+)$/.exec(String(rule))?.[1];
        if (!target) throw new Error(`Unsupported $ref ${String(rule)}.`);
        problems.push(...checkSchema(target, value, path));
        break;
      }
      case 'type': {
        const types = Array.isArray(rule) ? (rule as string[]) : [rule as string];
        if (!types.some((type) => matchesType(type, value))) problem('type', `expected ${types.join(' or ')}, got ${typeOf(value)} ${show(value)}`);
        break;
      }
      case 'const':
        if (!deepEqual(rule, value)) problem('const', `expected ${show(rule)}, got ${show(value)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).some((item) => deepEqual(item, value))) problem('enum', `expected one of ${(rule as unknown[]).join(', ')}, got ${show(value)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) problem('pattern', `${show(value)} does not match ${rule as string}`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string') {
          const length = [...value].length;
          if (keyword === 'minLength' ? length < (rule as number) : length > (rule as number)) problem(keyword, `length ${length}, ${keyword} ${rule as number}`);
        }
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (keyword === 'minimum' ? value < (rule as number) : value > (rule as number))) {
          problem(keyword, `${value} is out of range (${keyword} ${rule as number})`);
        }
        break;
      case 'format':
        if (typeof value === 'string' && !(rule === 'date' ? isDate(value) : rule === 'uri' ? isUri(value) : true)) problem('format', `${show(value)} is not a ${rule as string}`);
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const field of rule as string[]) if (!Object.hasOwn(value as object, field)) problem('required', `missing field ${field}`, join(path, field));
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [field, inner] of Object.entries(rule as Record<string, Schema>)) {
            if (Object.hasOwn(value as object, field)) problems.push(...check(inner, (value as Schema)[field], join(path, field), named));
          }
        }
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema['properties'] as Schema | undefined) ?? {});
          for (const field of Object.keys(value as object).filter((key) => !known.includes(key))) {
            if (rule === false) problem('additionalProperties', `field ${field} is not in the contract (objects are closed)`, join(path, field));
            else problems.push(...check(rule as Schema, (value as Schema)[field], join(path, field), named));
          }
        }
        break;
      case 'propertyNames':
        if (typeOf(value) === 'object') {
          for (const field of Object.keys(value as object)) problems.push(...check(rule as Schema, field, join(path, field), named));
        }
        break;
      case 'maxProperties':
        if (typeOf(value) === 'object' && Object.keys(value as object).length > (rule as number)) problem(keyword, `more than ${rule as number} fields`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, index) => problems.push(...check(rule as Schema, item, join(path, index), named)));
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) problem(keyword, `fewer than ${rule as number} items`);
        break;
      case 'uniqueItems':
        if (Array.isArray(value) && rule === true && value.some((item, index) => value.findIndex((other) => deepEqual(item, other)) !== index)) {
          problem(keyword, 'items repeat');
        }
        break;
      case 'oneOf':
      case 'anyOf': {
        const results = (rule as Schema[]).map((branch) => check(branch, value, path, named));
        const passing = results.filter((result) => result.length === 0).length;
        if (passing === 0) {
          // The branch that came closest says best what is wrong.
          problems.push(...results.reduce((best, result) => (result.length < best.length ? result : best)));
        } else if (keyword === 'oneOf' && passing > 1) problem(keyword, 'matches more than one of the allowed forms');
        break;
      }
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`The conformance checker does not know the keyword ${keyword}.`);
    }
  }
  return problems;
}
