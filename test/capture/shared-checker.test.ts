import { expect } from '@open-wc/testing';
import { SharedChecker } from '../../src/capture/shared-checker.js';

/** Runs `body` with the window's timers recorded instead of run: returns the timeouts set, by delay. */
function recordingTimers(body: () => void): { ms: number; run: () => void }[] {
  const timers: { ms: number; run: () => void; id: number }[] = [];
  const { setTimeout: realSet, clearTimeout: realClear } = globalThis;
  globalThis.setTimeout = ((run: () => void, ms: number) => timers.push({ ms, run, id: timers.length + 1 }) && timers.length) as typeof setTimeout;
  globalThis.clearTimeout = ((id: number) => timers.splice(timers.findIndex((timer) => timer.id === id) >>> 0, 1)) as typeof clearTimeout;
  try {
    body();
  } finally {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  }
  return timers;
}

// One checker — one Worker — for every capture step of the page (the module's state is the page's: one test file).

describe('SharedChecker', () => {
  it('gives every holder the same checker, and closes it only 10 s after the last one let go', async () => {
    const front = new SharedChecker();
    const back = new SharedChecker();
    const checker = await front.get();
    expect(await back.get(), 'one checker for both').to.equal(checker);
    expect(await front.get(), 'a second get() is the same hold').to.equal(checker);

    const whileHeld = recordingTimers(() => {
      front.release();
      front.release();
    });
    expect(whileHeld, 'no closing while a holder is left').to.deep.equal([]);

    const closing = recordingTimers(() => back.release());
    expect(closing.map(({ ms }) => ms)).to.deep.equal([10_000]);
    expect(checker.usesWorker, 'open until the idle time is up').to.equal(true);
    closing[0]!.run();
    await Promise.resolve();
    expect(checker.usesWorker, 'closed').to.equal(false);
    const next = new SharedChecker();
    expect(await next.get(), 'a new checker after the close').to.not.equal(checker);
    next.release();
  });

  it('a holder who comes back within the idle time keeps the same checker open', async () => {
    const step = new SharedChecker();
    const checker = await step.get();
    const timers = recordingTimers(() => {
      step.release();
      void step.get();
    });
    expect(timers, 'the idle timer was cleared').to.deep.equal([]);
    expect(await step.get()).to.equal(checker);
    expect(checker.usesWorker).to.equal(true);
    step.release();
  });
});
