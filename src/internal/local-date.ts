// Dates as people write them in their language: the order of day, month and year, an example, and the text a
// person typed read back as an ISO date (`YYYY-MM-DD`). Always the Gregorian calendar: the service takes no other.

export type DatePart = 'day' | 'month' | 'year';

export interface LocalDateFormat {
  /** The BCP 47 tag the format was made for (the language, or a regional variant of it the browser prefers). */
  tag: string;
  /** The order the language writes the parts in. */
  order: DatePart[];
  /** 31 December 1990, written that way (its own digits: Arabic-Indic in Arabic). */
  example: string;
}

const EXAMPLE = Date.UTC(1990, 11, 31);

/**
 * The browser's own regional variant of `lang` when it prefers one (`en-GB` for `en`: day first), else `lang`:
 * the strings come in a language, the order of a date is a region's.
 */
function regionalTag(lang: string, preferred: readonly string[]): string {
  const language = lang.split('-')[0]!.toLowerCase();
  return preferred.find((tag) => tag.split('-')[0]!.toLowerCase() === language && tag.includes('-')) ?? lang;
}

function formatter(tag: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { day: 'numeric', month: 'numeric', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });
  }
}

/** How `lang` writes a date. */
export function localDateFormat(lang: string, preferred: readonly string[] = globalThis.navigator?.languages ?? []): LocalDateFormat {
  const tag = regionalTag(lang, preferred);
  const format = formatter(tag);
  const order = format
    .formatToParts(EXAMPLE)
    .map(({ type }) => type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  return { tag, order: order.length === 3 ? order : ['year', 'month', 'day'], example: format.format(EXAMPLE) };
}

/** An ISO date (`YYYY-MM-DD`) as `format` writes it; anything else as it is. */
export function formatLocalDate(iso: string, format: LocalDateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return formatter(format.tag).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The zeros of the decimal digits people type besides ASCII: Arabic-Indic, Persian, Devanagari, Thai, full-width. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50, 0xff10];

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/**
 * What a person typed as an ISO date: three numbers in `format`'s order, with any separators ("31.12.1990",
 * "31/12/1990", "٣١/١٢/١٩٩٠"), eight digits in that order ("31121990"), or an ISO date. Empty for blank text; the
 * trimmed text itself when it is none of these, so that the date rules report it as not a real date.
 */
export function parseLocalDate(text: string, format: LocalDateFormat): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const digits = asciiDigits(trimmed);
  let groups: string[] = digits.match(/\d+/g) ?? [];
  if (groups.length === 1 && groups[0]!.length === 8 && /^\d{8}$/.test(digits)) {
    let at = 0;
    groups = format.order.map((part) => digits.slice(at, (at += part === 'year' ? 4 : 2)));
  }
  if (groups.length !== 3 || /[^\d\s./,\-\u200e\u200f\u061c]/u.test(digits)) return trimmed;
  // Four digits first is a year whatever the language: an ISO date, or year-first writing.
  const order: DatePart[] = groups[0]!.length === 4 ? ['year', 'month', 'day'] : format.order;
  const value = Object.fromEntries(order.map((part, index) => [part, groups[index]!])) as Record<DatePart, string>;
  if (value.year.length !== 4 || value.month.length > 2 || value.day.length > 2) return trimmed;
  return `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
}
