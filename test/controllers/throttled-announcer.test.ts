import { expect } from '@open-wc/testing';
import { ThrottledAnnouncer, type AnnouncerClock } from '../../src/controllers/throttled-announcer.js';
import { TestHost } from '../support/test-host.js';

/** Time that moves only when told, with the timers due on the way run in order. */
class FakeClock implements AnnouncerClock {
  time = 0;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  #next = 1;
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): number {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }
  advanceTo(to: number): void {
    for (;;) {
      const [due] = [...this.timers].filter(([, timer]) => timer.at <= to).sort(([, a], [, b]) => a.at - b.at);
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = to;
  }
}

/** What a screen reader hears: the region's text at each update the announcer asks for, with its time. */
function setup() {
  const clock = new FakeClock();
  const host = new TestHost();
  const heard: [number, string][] = [];
  const announcer = new ThrottledAnnouncer(host, { clock });
  host.requestUpdate = () => void heard.push([clock.time, announcer.text]);
  const at = (time: number, text: string) => {
    clock.advanceTo(time);
    announcer.set(text);
  };
  return { clock, host, heard, announcer, at };
}

// The capture step's live hint uses the announcer's defaults: these tests pin the 1.5 s of docs/capture.md.
describe('ThrottledAnnouncer (the live hint read out at most every 1.5 s)', () => {
  it('announces the first hint at once', () => {
    const { heard, at } = setup();
    at(0, 'Too dark');
    expect(heard).to.deep.equal([[0, 'Too dark']]);
  });

  it('holds a change that comes sooner until 1.5 s after the last announcement, then says the latest hint', () => {
    const { clock, heard, at } = setup();
    at(0, 'Too dark');
    at(200, 'Too blurry');
    at(900, 'Hold still');
    clock.advanceTo(1499);
    expect(heard, 'nothing new before 1.5 s').to.deep.equal([[0, 'Too dark']]);
    clock.advanceTo(1500);
    expect(heard, 'the latest hint at 1.5 s; the one in between is never read out').to.deep.equal([
      [0, 'Too dark'],
      [1500, 'Hold still'],
    ]);
  });

  it('says a change at once when the last announcement is 1.5 s old', () => {
    const { heard, at } = setup();
    at(0, 'Too dark');
    at(1500, 'Too blurry');
    at(4000, '');
    expect(heard).to.deep.equal([
      [0, 'Too dark'],
      [1500, 'Too blurry'],
      [4000, ''],
    ]);
  });

  it('keeps each announcement at least 1.5 s apart while the hint changes with every frame (4 a second)', () => {
    const { clock, heard, at } = setup();
    const hints = ['Too dark', 'Too blurry', 'Hold still', 'Glare on the card'];
    for (let frame = 0; frame < 40; frame++) at(frame * 250, hints[frame % hints.length]!);
    clock.advanceTo(12_000);
    const times = heard.map(([time]) => time);
    expect(times[0]).to.equal(0);
    expect(times.slice(1).map((time, i) => time - times[i]!), 'the time between two announcements').to.deep.equal(Array(times.length - 1).fill(1500));
    expect(times.length, 'one every 1.5 s over the 10 s of frames').to.be.at.least(7);
  });

  it('says nothing when the hint goes back to the one announced before the wait is up, or repeats it', () => {
    const { clock, heard, at } = setup();
    at(0, 'Too dark');
    at(100, 'Too blurry');
    at(300, 'Too dark');
    clock.advanceTo(5000);
    at(6000, 'Too dark');
    expect(heard).to.deep.equal([[0, 'Too dark']]);
  });

  it('drops a held change when its host leaves the page', () => {
    const { clock, heard, announcer, at } = setup();
    at(0, 'Too dark');
    at(100, 'Too blurry');
    announcer.hostDisconnected();
    expect(clock.timers.size, 'no timer left').to.equal(0);
    clock.advanceTo(5000);
    expect(heard).to.deep.equal([[0, 'Too dark']]);
  });
});
