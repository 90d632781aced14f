import { setupServer, type SetupServer } from 'msw/node';
import { createMockBackend } from './create-mock-backend.js';
import type { MockBackend, MockBackendOptions } from './types.js';

/** The mock backend for Node (scripts, benchmarks): call `server.listen()` to start intercepting. */
export function setupMockServer(options: MockBackendOptions = {}): { backend: MockBackend; server: SetupServer } {
  const backend = createMockBackend(options);
  return { backend, server: setupServer(...backend.handlers) };
}
