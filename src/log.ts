/** The one way the SDK writes to the console: prefixed, so integrators can tell (and filter) our messages. */
const PREFIX = '[verify-identity]';

export function warn(message: string, ...details: unknown[]): void {
  console.warn(`${PREFIX} ${message}`, ...details);
}
