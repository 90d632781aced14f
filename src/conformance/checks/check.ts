import type { ClauseId } from '../clauses.js';
import type { Driver } from '../context.js';
import type { Flows } from '../flows.js';

/** What a check gets: the driver of requests, the session flows, and the run's options. */
export interface Kit {
  driver: Driver;
  flows: Flows;
  origin: string | undefined;
  rateLimitBurst: number;
  /** Undefined when the kit runs without one (not Node, or turned off). */
  receiver: WebhookReceiver | undefined;
  /** The backend's webhook signing secret (`whsec_…`), to verify deliveries' signatures. */
  webhookSecret: string | undefined;
  /** Results shared by the clauses that judge one scenario (a stream, a webhook run). */
  scenarios: Map<string, Promise<unknown>>;
}

/** One clause's check: resolves when the clause holds, throws ClauseFailure or NotExercised otherwise. */
export interface Check {
  clause: ClauseId;
  run(kit: Kit): Promise<void>;
}

export interface ReceivedDelivery {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The raw body, as a signature covers it. */
  text: string;
  body: unknown;
  at: number;
}

/** The kit's own webhook receiver (on loopback, in Node). */
export interface WebhookReceiver {
  url(path: string): string;
  readonly received: readonly ReceivedDelivery[];
  close(): Promise<void>;
}
