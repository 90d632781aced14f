/**
 * A small `text/event-stream` parser (the WHATWG "event stream interpretation"): `event` and `data`
 * fields, comments, `\n`, `\r\n` or `\r` line endings, chunks split anywhere. `id` and `retry` are
 * ignored: the watch reconnects on its own terms. About a tenth of the bytes of a general library.
 * Returns the function to feed decoded text to.
 */
export function createSseParser(onEvent: (event: string, data: string) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  return (chunk) => {
    // A trailing `\r` may be the first half of `\r\n`: it waits for the next chunk.
    const lines = (buffer + chunk).split(/\r\n|\r(?!$)|\n/);
    buffer = lines.pop()!;
    for (const line of lines) {
      if (!line) {
        if (data.length) onEvent(event || 'message', data.join('\n'));
        event = '';
        data = [];
        continue;
      }
      const colon = line.indexOf(':');
      // A line that starts with a colon is a comment (a keep-alive): its field is empty.
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
  };
}
