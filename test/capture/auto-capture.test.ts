import { expect } from '@open-wc/testing';
import { autoCaptureReducer, initialAutoCapture, type AutoCaptureOptions, type AutoCaptureState, type QualityProblem, type QualityVerdict } from '../../src/capture/index.js';

/** A verdict with `problems` and a flat signature of grey `level` (a change of 6 levels = motion 0.024). */
function verdict(problems: QualityProblem[] = [], level = 128): QualityVerdict {
  return {
    ok: problems.length === 0,
    problems,
    metrics: { width: 1280, height: 720, sharpness: 5000, brightness: 130, darkLevel: 60, lightLevel: 220, glare: 0, saturation: 0, clipped: 0, highLevel: 240, balance: 1, fill: 0.5 },
    signature: new Uint8Array(256).fill(level),
  };
}

/** Replays frames `[at, verdict]` (the fake clock is the `at` of each frame) and returns every state. */
function replay(frames: [number, QualityVerdict][], options?: AutoCaptureOptions, from = initialAutoCapture(options)): AutoCaptureState[] {
  const states: AutoCaptureState[] = [];
  let state = from;
  for (const [at, v] of frames) states.push((state = autoCaptureReducer(state, { type: 'frame', at, verdict: v }, options)));
  return states;
}

/** A good frame whose verdict came at `at` after a check of `checkMs`. */
const autoCaptureEventOf = (at: number, checkMs: number) => ({ type: 'frame', at, verdict: verdict(), checkMs }) as const;

/** Good, steady frames every `step` ms from `start` to `end` inclusive. */
const steady = (start: number, end: number, step = 100, level = 128): [number, QualityVerdict][] =>
  Array.from({ length: Math.floor((end - start) / step) + 1 }, (_, i) => [start + i * step, verdict([], level)]);

describe('auto-capture (reducer, fake clock)', () => {
  it('starts waiting, with the whole hold still to go', () => {
    const state = initialAutoCapture();
    expect(state.phase).to.equal('waiting');
    expect(state.hint).to.equal(null);
    expect(state.remainingMs).to.equal(600);
    expect(state.progress).to.equal(0);
  });

  it('hints the most urgent problem of a bad frame', () => {
    const [state] = replay([[0, verdict(['too_far', 'blurry'])]]);
    expect(state!.phase).to.equal('adjusting');
    expect(state!.hint).to.equal('too_far');
  });

  it('counts down over good, steady frames and captures after 600 ms, not before', () => {
    const states = replay(steady(1000, 1600));
    expect(states.map((s) => s.phase)).to.deep.equal(['steadying', 'steadying', 'steadying', 'steadying', 'steadying', 'steadying', 'capture']);
    expect(states[3]!.progress).to.equal(0.5);
    expect(states[3]!.remainingMs).to.equal(300);
    expect(states[5]!.remainingMs).to.equal(100);
    expect(states[6]!.progress).to.equal(1);
    expect(states[6]!.remainingMs).to.equal(0);
  });

  it('a bad frame during the countdown shows its hint and restarts the countdown', () => {
    const states = replay([...steady(0, 400), [500, verdict(['glare'])], ...steady(600, 1200)]);
    expect(states[5]!.phase).to.equal('adjusting');
    expect(states[5]!.hint).to.equal('glare');
    expect(states.at(-2)!.phase).to.equal('steadying');
    expect(states.at(-1)!.phase).to.equal('capture');
    expect(states.at(-1)!.goodSince).to.equal(600);
  });

  it('a moving picture says hold_still and restarts the countdown; small jitter does not', () => {
    const jitter = replay([...steady(0, 200), [300, verdict([], 131)], [400, verdict([], 129)]]);
    expect(jitter.map((s) => s.phase)).to.deep.equal(['steadying', 'steadying', 'steadying', 'steadying', 'steadying']);
    expect(jitter[3]!.motion).to.be.closeTo(3 / 255, 1e-9);
    const moved = replay([...steady(0, 300), [400, verdict([], 160)], ...steady(500, 1100, 100, 160)]);
    expect(moved[4]!.phase).to.equal('adjusting');
    expect(moved[4]!.hint).to.equal('hold_still');
    expect(moved.at(-2)!.phase).to.equal('steadying');
    expect(moved.at(-1)!.phase).to.equal('capture');
  });

  it('a gap longer than maxGapMs starts the countdown again', () => {
    const states = replay([...steady(0, 500), ...steady(1600, 2100)]);
    expect(states[6]!.phase).to.equal('steadying');
    expect(states[6]!.goodSince).to.equal(1600);
    expect(states.at(-1)!.phase).to.equal('steadying');
    expect(replay([[2200, verdict()]], undefined, states.at(-1))[0]!.phase).to.equal('capture');
  });

  it('allows the time a frame took to check on top of maxGapMs: a slow device still captures, a stall does not', () => {
    // Checks of 1.2 s each, one after the other: the verdicts come 1.25 s apart.
    const slow = (at: number) => autoCaptureEventOf(at, 1200);
    let state = initialAutoCapture();
    const phases = [0, 1250].map((at) => (state = autoCaptureReducer(state, slow(at))).phase);
    expect(phases).to.deep.equal(['steadying', 'capture']);
    expect(state.goodSince).to.equal(0);
    // The same gap with a quick check is a stall (the camera or the tab stopped): the countdown starts again.
    const stalled = autoCaptureReducer(autoCaptureReducer(initialAutoCapture(), autoCaptureEventOf(0, 50)), autoCaptureEventOf(1250, 50));
    expect(stalled.goodSince).to.equal(1250);
  });

  it('a frame from the past (a clock that went back) starts the countdown again', () => {
    const states = replay([...steady(1000, 1500), [200, verdict()]]);
    expect(states.at(-1)!.goodSince).to.equal(200);
    expect(states.at(-1)!.phase).to.equal('steadying');
  });

  it('stays in capture until reset, whatever comes next; reset waits again', () => {
    const states = replay([...steady(0, 600), [700, verdict(['dark'])], [800, verdict([], 250)]]);
    expect(states.slice(-3).map((s) => s.phase)).to.deep.equal(['capture', 'capture', 'capture']);
    const reset = autoCaptureReducer(states.at(-1)!, { type: 'reset' });
    expect(reset).to.deep.equal(initialAutoCapture());
  });

  it('takes holdMs, maxMotion and maxGapMs as options', () => {
    const options = { holdMs: 1000, maxMotion: 0.2, maxGapMs: 5000 };
    const states = replay([[0, verdict()], [600, verdict([], 170)], [3000, verdict([], 175)]], options);
    expect(states.map((s) => s.phase)).to.deep.equal(['steadying', 'steadying', 'capture']);
    expect(states[1]!.remainingMs).to.equal(400);
  });
});
