import type { Fault, FaultInjector, RecordedEndpoint } from './types.js';

/** A queue of faults; each matching call consumes one use of the first fault that matches it. */
export class FaultQueue implements FaultInjector {
  #queue: Fault[] = [];

  get pending(): readonly Fault[] {
    return this.#queue.map((fault) => ({ ...fault }));
  }

  inject(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError('A fault needs `times` ≥ 1.');
    this.#queue.push({ ...fault, times });
  }

  clear(): void {
    this.#queue = [];
  }

  /** The fault that applies to this call, if any, counting the use. */
  take(endpoint: RecordedEndpoint): Fault | undefined {
    const index = this.#queue.findIndex((fault) => fault.endpoint === '*' || fault.endpoint === endpoint);
    const fault = this.#queue[index];
    if (!fault) return undefined;
    const remaining = (fault.times ?? 1) - 1;
    if (remaining > 0) this.#queue[index] = { ...fault, times: remaining };
    else this.#queue.splice(index, 1);
    return fault;
  }
}
