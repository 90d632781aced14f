import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createSseParser } from '../../src/core/sse.js';

function parse(chunks: string[]): [string, string][] {
  const events: [string, string][] = [];
  const feed = createSseParser((event, data) => events.push([event, data]));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('createSseParser', () => {
  it('reads event and data fields, comments, multi-line data and every line ending', () => {
    const text =
      ': keep-alive\n\nevent: session\ndata: {"a":1}\n\r\n' + 'data:x\r\ndata: y\r\rid: 7\nretry: 10\nevent:session\ndata\n\n' + 'data: no end';
    expect(parse([text])).to.deep.equal([
      ['session', '{"a":1}'],
      ['message', 'x\ny'],
      ['session', ''],
    ]);
  });

  it('gives the same events however the stream is cut into chunks (property)', () => {
    const line = fc.oneof(
      fc.constantFrom('', ': ping', 'event: session', 'event:other', 'data', 'id: 3', 'retry: 5'),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '{', '"', 'é') }).map((value) => `data: ${value}`),
    );
    const stream = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'));
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 10 }), ([lines, eol], cuts) => {
        const text = lines.map((l) => l + eol).join('');
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, i) => text.slice(start, [...points, text.length][i]));
        expect(parse(chunks)).to.deep.equal(parse([text]));
      }),
      { numRuns: 300 },
    );
  });
});
