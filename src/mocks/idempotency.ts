import { idempotencyKeyReused } from './errors.js';
import { isRecord } from './validation.js';

/** An answer kept under an Idempotency-Key, replayed as is. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The first request made with one Idempotency-Key: what it asked, and what it was answered. */
interface IdempotentRun {
  /** Its parameters as canonical JSON (keys sorted), `null` when its body was not JSON. */
  params: Promise<string | null>;
  /** The saved answer, once it ran; `undefined` when it was refused before running (nothing is saved). */
  answer: Promise<StoredResponse | undefined>;
}

/**
 * One run per Idempotency-Key, as the service does it: the first request with a key runs; any other
 * with that key waits until the first has been answered, then gets the same answer — or a 400
 * `idempotency_error` if its parameters differ. A first request refused before it ran saves nothing.
 */
export class IdempotencyKeys {
  #runs = new Map<string, IdempotentRun>();

  /**
   * Answers the request with `key` and `body` (its JSON, still being read): by `run` if it is the first,
   * else as the first was answered. `retry` starts the request over when the first was refused.
   */
  async answer(
    key: string,
    body: Promise<unknown>,
    run: (parsed: unknown) => StoredResponse,
    retry: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    const first = this.#runs.get(key);
    if (first) {
      const answer = await first.answer;
      if (!answer) return retry();
      const [params, firstParams] = await Promise.all([canonicalParams(body), first.params]);
      if (params !== firstParams) throw idempotencyKeyReused();
      return answer;
    }
    let settle!: (answer: StoredResponse | undefined) => void;
    const started: IdempotentRun = { params: canonicalParams(body), answer: new Promise((resolve) => (settle = resolve)) };
    this.#runs.set(key, started);
    try {
      const response = run(await body);
      settle(response);
      return response;
    } catch (error) {
      if (this.#runs.get(key) === started) this.#runs.delete(key);
      settle(undefined);
      throw error;
    }
  }

  clear(): void {
    this.#runs.clear();
  }
}

/** JSON with object keys sorted, so that the same parameters in another order compare equal; `null` if not JSON. */
async function canonicalParams(body: Promise<unknown>): Promise<string | null> {
  try {
    const value = await body;
    return JSON.stringify(value ?? null, (_key, entry: unknown) =>
      isRecord(entry) ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : entry,
    );
  } catch {
    return null;
  }
}
