/**
 * The harness for fuzzing writes: throws generated inputs at one lib/ write and checks that each is either
 * accepted or refused with an AppError (a 4xx at the edges), and that a refused one changed nothing in the
 * database (compared by a fingerprint of every table).
 */
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { type Queryable, queryRows } from "@/db/engine";
import { databaseFingerprint } from "@/db/fingerprint";
import type {
  agencies,
  assessmentItems,
  countryIndicators,
  countrySteps,
  experiences,
  indicators,
  indicatorValues,
  milestones,
  planBaselines,
  plannedMilestones,
  schemes,
  supportEntries,
  supportNeeds,
  users,
} from "@/db/schema";
import { AppError, httpStatusOf } from "@/lib/errors";

/** Values of every shape a forged or broken request can carry. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.bigInt().map(String),
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 50 }),
    fc.string({ unit: "binary", maxLength: 50 }),
    fc.constantFrom("", " ", "\u0000", "\u202e", "💥", "'; drop table users; --", "<script>alert(1)</script>", "x".repeat(20_000)),
    fc.constantFrom("2026-02-30", "9999-12-31", "0000-00-00", "yesterday", "-1", "1e309", "NaN", "Infinity"),
    fc.uuid().map(String),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );

const missing = Symbol("missing");

/**
 * An object with the given fields, each mostly a plausible value (so that valid inputs are reached too), else
 * anything at all or left out, plus stray fields.
 */
export function formLike(plausible: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(plausible).map(([name, value]) => [
      name,
      fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: anyValue() }, { weight: 1, arbitrary: fc.constant(missing) }),
    ]),
  );
  const mixed = fc
    .tuple(fc.record(fields), fc.dictionary(fc.string({ maxLength: 8 }), anyValue(), { maxKeys: 2 }))
    .map(([known, stray]) => ({ ...stray, ...Object.fromEntries(Object.entries(known).filter(([, value]) => value !== missing)) }));
  // Every field plausible at once, a few times in ten: the accepted path must be reached, or the test proves little.
  return fc.oneof({ weight: 7, arbitrary: mixed }, { weight: 3, arbitrary: fc.record(plausible) });
}

/**
 * The next transaction id PostgreSQL will hand out. Only writing transactions take one, so when it has not
 * moved, nothing was written, and the full fingerprint can be skipped.
 */
async function nextTransactionId(db: Queryable): Promise<string> {
  const [row] = await queryRows<{ xmax: string }>(db, sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`);
  return row!.xmax;
}

/**
 * Inputs per write. The default keeps `npm test` short on a busy two-core machine; `npm run test:fuzz` throws
 * 10,000 at every write (docs/reliability.md, "Bad input, fuzzed").
 */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 30);

/**
 * The short run inside `npm test` uses a fixed seed, so CI cannot pass or fail by luck; the full run draws a new
 * seed each time (fast-check prints it with any failure, and FUZZ_SEED replays it).
 */
const fuzzSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20_261_129;

/**
 * Time per fuzz test: up to 200 ms per input, at least ten minutes. A test that times out leaves its property
 * running against the file's database, which then fails the next tests of the file for no fault of theirs.
 */
export const fuzzTimeout = Math.max(600_000, fuzzRuns * 200);

export type FuzzOutcome = { accepted: number; refused: number };

/**
 * Runs `runs` generated inputs through `write`. Every failure must be an AppError with a 4xx status; when a
 * write is refused, the database fingerprint must not move.
 */
export async function fuzzWrite<Input>(options: {
  db: Queryable;
  input: fc.Arbitrary<Input>;
  write: (input: Input) => Promise<unknown>;
  runs: number;
  seed?: number;
}): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = { accepted: 0, refused: 0 };
  const started = performance.now();
  let fingerprint = await databaseFingerprint(options.db);
  await fc.assert(
    fc.asyncProperty(options.input, async (input) => {
      const transactionBefore = await nextTransactionId(options.db);
      try {
        await options.write(input);
        outcome.accepted++;
        fingerprint = await databaseFingerprint(options.db);
      } catch (error) {
        if (!(error instanceof AppError)) throw new Error(`not an AppError: ${String(error)}`, { cause: error });
        if (httpStatusOf[error.code] >= 500) throw new Error(`a ${httpStatusOf[error.code]} for ${error.code}`);
        outcome.refused++;
        if ((await nextTransactionId(options.db)) === transactionBefore) return; // nothing was even attempted
        if ((await databaseFingerprint(options.db)) !== fingerprint) throw new Error("a refused write changed the database");
      }
    }),
    { numRuns: options.runs, seed: options.seed ?? fuzzSeed, endOnFailure: true },
  );
  if (process.env.FUZZ_REPORT) {
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz | ${expect.getState().currentTestName} | ${options.runs} | ${outcome.accepted} | ${outcome.refused} | ${seconds.toFixed(1)} s`);
  }
  return outcome;
}

/**
 * A file's fuzz runner over its database: `fuzzWrite` with the default runs, then the checks such a test makes
 * (every input counted, some refused and, unless `mustAccept` is false, some accepted).
 */
export function fuzzerFor(database: { readonly db: Queryable }) {
  return async function fuzz<Input>(input: fc.Arbitrary<Input>, write: (input: Input) => Promise<unknown>, { mustAccept = true } = {}) {
    const outcome = await fuzzWrite({ db: database.db, input, write, runs: fuzzRuns });
    expect(outcome.accepted + outcome.refused).toBe(fuzzRuns);
    expect(outcome.refused).toBeGreaterThan(0);
    if (mustAccept) expect(outcome.accepted).toBeGreaterThan(0);
    return outcome;
  };
}

/** An id among the given real ones (often), or a forged one: a random uuid or not a uuid at all. */
export const idAmong = (...ids: string[]): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, fc.uuid().map(String));

/** A version field: the record's current version (so edits can succeed), a stale or absurd one. */
export const versionLike = (): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, -1, "1", "2.5", 2 ** 53));

/** Stands for the record's version at the time of the write; replaced by `withVersion`. */
export const currentVersion = "«current version»";

/** The input with the current-version marker replaced by the version read now. */
export async function withVersion<Input extends Record<string, unknown>>(input: Input, read: () => Promise<number | undefined>): Promise<Input> {
  if (input.version !== currentVersion) return input;
  return { ...input, version: (await read()) ?? 1 };
}

type VersionedTable =
  | typeof agencies
  | typeof assessmentItems
  | typeof countryIndicators
  | typeof countrySteps
  | typeof experiences
  | typeof indicators
  | typeof indicatorValues
  | typeof milestones
  | typeof planBaselines
  | typeof plannedMilestones
  | typeof schemes
  | typeof supportEntries
  | typeof supportNeeds
  | typeof users;

/** The version of the record `id` names, for `withVersion`; undefined when the id is forged or not even a string. */
export async function versionIn(db: Queryable, table: VersionedTable, id: unknown): Promise<number | undefined> {
  if (typeof id !== "string") return undefined;
  const [row] = await db.select({ version: table.version }).from(table).where(eq(table.id, id)).catch(() => []);
  return row?.version;
}

/** Mostly one of the good values, sometimes one of the bad ones: for fields where most values are wrong. */
export const mostly = (good: unknown[], bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: bad });
