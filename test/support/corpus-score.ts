// Scoring a generated corpus (documents: corpus.ts, selfies: selfie-scenes.ts): per kind, how many good cases a check
// refused and how many bad ones it accepted, with what it said of each wrong one.

export type Expectation = 'good' | 'bad' | 'soft';
export type Check = (photo: ImageBitmap) => Promise<{ ok: boolean; detail: string }>;

export interface KindScore<Kind extends string> {
  kind: Kind;
  /** 'good': must pass; 'bad': must be refused; 'soft': either (its accepted ones are counted). */
  expect: Expectation;
  cases: number;
  /** Good cases refused (good kinds) or bad ones accepted (bad kinds); accepted ones for `soft`. */
  wrong: number;
  /** The descriptions and verdicts of the wrong ones. */
  failures: string[];
}

export interface SetScore<Kind extends string, Set extends string> {
  set: Set;
  kinds: KindScore<Kind>[];
  falseRefusals: number;
  good: number;
  falseAcceptances: number;
  bad: number;
}

interface ScoredCase<Kind extends string> {
  seed: number;
  kind: Kind;
  expect: Expectation;
  description: string;
  render(): Promise<ImageBitmap>;
}

/** Runs `check` on every case, in order, and counts the wrong verdicts per kind (every kind listed, even with no case). */
export async function tally<Kind extends string, Set extends string>(
  set: Set,
  kinds: readonly { kind: Kind; expect: Expectation }[],
  cases: readonly ScoredCase<Kind>[],
  check: Check,
): Promise<SetScore<Kind, Set>> {
  const scores = new Map(kinds.map(({ kind, expect }): [Kind, KindScore<Kind>] => [kind, { kind, expect, cases: 0, wrong: 0, failures: [] }]));
  for (const item of cases) {
    const verdict = await check(await item.render());
    const entry = scores.get(item.kind)!;
    entry.cases++;
    if (item.expect === 'good' ? !verdict.ok : verdict.ok) {
      entry.wrong++;
      entry.failures.push(`#${item.seed} ${item.description} → ${verdict.detail}`);
    }
  }
  const list = [...scores.values()];
  const sum = (expect: 'good' | 'bad', field: 'cases' | 'wrong') => list.filter((k) => k.expect === expect).reduce((total, k) => total + k[field], 0);
  return { set, kinds: list, falseRefusals: sum('good', 'wrong'), good: sum('good', 'cases'), falseAcceptances: sum('bad', 'wrong'), bad: sum('bad', 'cases') };
}
