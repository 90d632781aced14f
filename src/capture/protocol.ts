// Messages between ImageChecker (client.ts) and its Workers (quality.worker.ts).
import type { ErrorOnWire } from './errors.js';
import type { CheckRegion, ImageKind, ImageSource, PreparedImage, PrepareOptions, QualityThresholds, QualityVerdict } from './types.js';

export type WorkerRequest =
  | { id: number; op: 'check'; source: ImageSource; kind: ImageKind; thresholds?: Partial<QualityThresholds>; region?: CheckRegion }
  | { id: number; op: 'prepare'; source: ImageSource; kind: ImageKind; options?: PrepareOptions; thresholds?: Partial<QualityThresholds>; region?: CheckRegion };

/**
 * How the two Workers are joined: the checking Worker gets a port to send pictures to encode (`null`: the encoding
 * Worker is gone, encode here again); the encoding Worker gets the other end and serves it.
 */
export type PeerMessage = { op: 'encode-with'; port: MessagePort | null } | { op: 'encode-for'; port: MessagePort };

/** The Worker's first message, once its module graph has loaded. */
export const WORKER_READY = 'ready';

export type WorkerResponse =
  | { id: number; verdict: QualityVerdict }
  | { id: number; prepared: PreparedImage }
  | { id: number; error: ErrorOnWire };
