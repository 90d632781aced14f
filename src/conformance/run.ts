import { CLAUSES, type ClauseId } from './clauses.js';
import { authChecks } from './checks/auth.js';
import type { Check, Kit, WebhookReceiver } from './checks/check.js';
import { corsChecks, rateLimitChecks } from './checks/cors.js';
import { handoffChecks } from './checks/handoff.js';
import { lifecycleChecks } from './checks/lifecycle.js';
import { idempotencyChecks, uploadChecks } from './checks/requests.js';
import { streamChecks } from './checks/stream.js';
import { webhookChecks } from './checks/webhooks.js';
import { CONTRACT_VERSION } from './contract.generated.js';
import { ClauseFailure, Driver, NotExercised } from './context.js';
import { Flows } from './flows.js';
import type { ClauseResult, ConformanceOptions, ConformanceReport } from './types.js';

/** Checks that run side by side; the rate-limit burst runs alone, after them. */
const CHECKS: Check[] = [...authChecks, ...lifecycleChecks, ...webhookChecks, ...idempotencyChecks, ...uploadChecks, ...streamChecks, ...corsChecks, ...handoffChecks];
const LAST: Check[] = rateLimitChecks;
const CONCURRENCY = 4;
/** No check may take longer than this (a stream that never ends is judged well before). */
const CHECK_TIMEOUT_MS = 30_000;

/** Options that cannot start a run (a relative apiBase, no secret key…), thrown before any request. */
export class InvalidOptionsError extends TypeError {
  override name = 'InvalidOptionsError';
}

function validate(options: ConformanceOptions): URL {
  let base: URL;
  try {
    base = new URL(options.apiBase);
  } catch {
    throw new InvalidOptionsError('apiBase must be an absolute http(s) URL, such as https://api.example.com/v1.');
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new InvalidOptionsError('apiBase must be an http(s) URL.');
  if (typeof options.secretKey !== 'string' || !options.secretKey.trim()) throw new InvalidOptionsError('secretKey is required (a test-mode secret key of the backend).');
  const unknown = (options.only ?? []).filter((id) => !CLAUSES.some((clause) => clause.id === id));
  if (unknown.length) throw new InvalidOptionsError(`Unknown clause ${unknown.join(', ')}: see CLAUSES (or --help) for their ids.`);
  if (options.webhookSecret !== undefined && !/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(options.webhookSecret)) throw new InvalidOptionsError('webhookSecret must be whsec_<base64 key>.');
  if (options.origin !== undefined && !/^https?:\/\/[^/]+$/.test(options.origin)) throw new InvalidOptionsError('origin must be an origin such as https://shop.example (scheme and host, no path).');
  return base;
}

async function startReceiver(wanted: boolean): Promise<WebhookReceiver | undefined> {
  if (!wanted || typeof process === 'undefined' || !process.versions?.node) return undefined;
  // Only Node can listen; the module is loaded here so that the rest of the kit stays free of node: imports.
  const { startReceiver: start } = await import('./receiver.js');
  return start();
}

async function runCheck(check: Check, kit: Kit): Promise<Pick<ClauseResult, 'status' | 'reason' | 'evidence'>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClauseFailure(`no result in ${CHECK_TIMEOUT_MS / 1000} s`, [])), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check.run(kit), timeout]);
    return { status: 'pass', evidence: [] };
  } catch (error) {
    if (error instanceof NotExercised) return { status: 'not_exercised', reason: error.message, evidence: [] };
    if (error instanceof ClauseFailure) return { status: 'fail', reason: error.message, evidence: error.evidence };
    return { status: 'fail', reason: `the check itself failed: ${error instanceof Error ? error.message : String(error)}`, evidence: [] };
  } finally {
    clearTimeout(timer);
  }
}

async function inPool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(size, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  }));
}

/**
 * Drives a backend through the documented HTTP API and reports, clause by clause of the contract, whether
 * the SDK will work with it. Requests go to `apiBase` only (and deliveries to the kit's own loopback
 * receiver). A clause the kit could not drive is `not_exercised`, never `pass`.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const base = validate(options);
  const started = Date.now();
  const apiBase = base.href.replace(/\/$/, '');
  const driver = new Driver({
    apiBase,
    secretKey: options.secretKey,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 10_000,
  });
  const receiver = await startReceiver(options.webhookReceiver ?? true);
  const kit: Kit = {
    driver,
    flows: new Flows(driver, options.processingMs ?? 150, 5000),
    origin: options.origin,
    rateLimitBurst: options.rateLimitBurst ?? 40,
    receiver,
    webhookSecret: options.webhookSecret,
    scenarios: new Map(),
  };
  const results = new Map<ClauseId, Pick<ClauseResult, 'status' | 'reason' | 'evidence'>>();
  const skipped = (id: ClauseId): string | undefined => {
    if (options.only && !options.only.includes(id)) return 'not selected (only)';
    return undefined;
  };
  const run = async (check: Check) => {
    const reason = skipped(check.clause);
    results.set(check.clause, reason ? { status: 'not_exercised', reason, evidence: [] } : await runCheck(check, kit));
  };
  try {
    await inPool(CHECKS, CONCURRENCY, run);
    for (const check of LAST) await run(check);
  } finally {
    await receiver?.close();
  }

  // The shape clauses judge every answer and frame the other checks received.
  for (const clause of CLAUSES.filter((entry) => entry.group === 'shapes')) {
    const failures = driver.shapes.failures.get(clause.id as 'shapes.fields');
    results.set(
      clause.id,
      skipped(clause.id)
        ? { status: 'not_exercised', reason: skipped(clause.id)!, evidence: [] }
        : failures
          ? { status: 'fail', reason: failures[0]!.answer, evidence: failures }
          : driver.shapes.checked === 0
            ? { status: 'not_exercised', reason: 'no answer was received to check', evidence: [] }
            : { status: 'pass', evidence: [] },
    );
  }

  const clauses: ClauseResult[] = CLAUSES.map((clause) => ({
    id: clause.id,
    group: clause.group,
    title: clause.title,
    ...(results.get(clause.id) ?? { status: 'not_exercised', reason: 'no check ran', evidence: [] }),
  }));
  const summary = { pass: 0, fail: 0, not_exercised: 0 };
  for (const clause of clauses) summary[clause.status] += 1;
  return {
    apiBase,
    contractVersion: CONTRACT_VERSION,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    requests: driver.requests,
    ok: summary.fail === 0,
    summary,
    clauses,
  };
}
