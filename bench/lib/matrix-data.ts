/**
 * Fills a migrated, seeded database with the large dataset of the matrix benchmark: 200 countries with their
 * steps, 100,000 milestones, 50,000 support entries with their transactions, a funding need on each step with
 * support answered by two of its entries in five (20,000 answers), monthly exchange rates for the entries' currencies, and 20,000
 * audit-log rows per month over two years. Bulk `insert … select from generate_series` statements, so it takes minutes, not hours;
 * spread by arithmetic on the series number (no random()), so both engines get the same data.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Engine } from "../../db/engine";
import { seedDatabase } from "../../lib/seed/seed-database";

export type MatrixDataSize = { countries: number; milestones: number; supportEntries: number; auditRowsPerMonth: number; months: number };

export const fullSize: MatrixDataSize = { countries: 200, milestones: 100_000, supportEntries: 50_000, auditRowsPerMonth: 20_000, months: 24 };

/** The end of the generated history: every generated record is older than this. */
export const generatedUntil = new Date("2026-11-01T00:00:00Z");

export async function generateMatrixData(db: Database, size: MatrixDataSize, log: (line: string) => void = () => undefined) {
  const authorId = randomUUID();
  const until = generatedUntil.toISOString();
  const step = async (what: string, statement: ReturnType<typeof sql>) => {
    const started = performance.now();
    await db.execute(statement);
    log(`  ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };

  await step("author", sql`insert into users (id, email, name) values (${authorId}, ${`bench-${authorId}@example.org`}, 'Benchmark author')`);

  // Two-letter codes not taken yet by the seed, up to the wanted number of countries.
  await step(
    "countries",
    sql`insert into countries (code, name, region, spfi_status, framework_version_id)
        select code,
               jsonb_build_object('en', 'Country ' || code, 'fr', 'Pays ' || code, 'es', 'País ' || code, 'pt', 'País ' || code),
               (enum_range(null::region))[1 + (n % 5)], (enum_range(null::spfi_status))[1 + (n % 2)],
               (select id from framework_versions order by number desc limit 1)
          from (select chr(65 + a) || chr(65 + b) as code, a * 26 + b as n
                  from generate_series(0, 25) a, generate_series(0, 25) b) letters
         where code not in (select code from countries)
         order by n
         limit greatest(0, ${size.countries} - (select count(*) from countries))`,
  );
  await step(
    "country steps",
    sql`insert into country_steps (country_code, framework_step_id, position, status, status_changed_at)
        select c.code, fs.id, fs.position,
               (enum_range(null::step_status))[1 + (abs(hashtext(c.code || fs.key)) % 4)],
               ${until}::timestamptz - make_interval(days => abs(hashtext(fs.key || c.code)) % 700)
          from countries c join framework_steps fs on fs.version_id = c.framework_version_id
         where not exists (select 1 from country_steps cs where cs.country_code = c.code and cs.framework_step_id = fs.id)`,
  );
  // A numbered list of the framework steps of every country, to spread records over them.
  const numberedSteps = sql`(select id, country_code, row_number() over (order by country_code, position) - 1 as n
                               from country_steps where framework_step_id is not null)`;
  const stepCount = sql`(select count(*) from country_steps where framework_step_id is not null)`;
  const createdAt = (days: number) => sql`${until}::timestamptz - make_interval(days => ((g::bigint * 7919) % ${days})::int, secs => (g::bigint * 104729) % 86400)`;

  await step(
    `${size.milestones} milestones`,
    sql`insert into milestones (country_code, country_step_id, title, occurred_on, description, author_id, sharing_level, deleted_at, created_at, updated_at)
        select s.country_code, s.id, 'Milestone ' || g, (${until}::date - (g * 7919) % 730), 'Generated for the benchmark.', ${authorId},
               case when g % 3 = 0 then 'country' else 'all' end::sharing_level,
               case when g % 20 = 0 then ${createdAt(730)} + make_interval(days => g % 19) end,
               ${createdAt(730)}, ${createdAt(730)} + make_interval(days => g % 7)
          from generate_series(1, ${size.milestones}) g
          join ${numberedSteps} s on s.n = (g * 31) % ${stepCount}`,
  );
  await step(
    `${size.supportEntries} support entries`,
    sql`insert into support_entries (country_code, agency_id, country_step_id, kind, reference, title, technical_category, status,
                                     amount, currency, created_by_id, deleted_at, created_at, updated_at)
        select s.country_code, a.id, case when g % 5 = 0 then null else s.id end,
               case when g % 2 = 0 then 'financial' else 'technical' end::support_kind,
               'BENCH-' || g, 'Support ' || g,
               case when g % 2 = 1 then (enum_range(null::technical_category))[1 + (g / 2) % 3] end,
               (enum_range(null::support_status))[1 + g % 3],
               case when g % 2 = 0 then (1000 + (g * 37) % 500000)::numeric end,
               case when g % 2 = 0 then (array['USD', 'EUR', 'XOF', 'GBP'])[1 + (g / 2) % 4] end,
               ${authorId},
               case when g % 25 = 0 then ${createdAt(730)} + make_interval(days => g % 19) end,
               ${createdAt(730)}, ${createdAt(730)}
          from generate_series(1, ${size.supportEntries}) g
          join ${numberedSteps} s on s.n = (g * 17) % ${stepCount}
          join (select id, row_number() over (order by acronym) - 1 as n, count(*) over () as total from agencies) a on a.n = g % a.total`,
  );
  // Financial entries get a pledge, a commitment and (every other one) a disbursement.
  await step(
    "transactions",
    sql`insert into support_transactions (support_entry_id, type, amount, currency, occurred_on, value_date, created_by_id, created_at)
        select e.id, t.type::transaction_type, e.amount * t.share, e.currency, e.created_at::date + t.days, e.created_at::date + t.days, ${authorId}, e.created_at
          from support_entries e
          cross join (values ('pledged', 1.0, 0), ('committed', 0.8, 30), ('disbursed', 0.5, 90)) t(type, share, days)
         where e.kind = 'financial' and e.reference like 'BENCH-%'
           and (t.type <> 'disbursed' or substr(e.reference, 7)::int % 4 = 0)`,
  );
  // Monthly rates against the reporting currency for the entries' other currencies, from the history's second month to
  // after its last value date, as an installation whose coordinators import them keeps them: the first month's
  // amounts in those currencies are left out of the converted totals, and listed, as amounts before any rate are.
  await step(
    "exchange rates",
    sql`insert into exchange_rates (currency, base_currency, period, period_start, rate, source, created_by_id)
        select c.currency, 'USD', 'month', m::date, round(c.rate * (1 + 0.03 * sin(n / 3.0))::numeric, 6), 'Generated for the benchmark', ${authorId}
          from (values ('EUR', 0.92), ('XOF', 603.5), ('GBP', 0.79)) c(currency, rate)
          cross join lateral (
            select m, row_number() over (order by m) as n
              from generate_series(date_trunc('month', ${until}::timestamptz - interval '23 months'), ${until}::timestamptz + interval '4 months', interval '1 month') m) months`,
  );
  // A funding need on each step with support, answered by two of its entries in five: what a country's support pages
  // read per entry, and what grouping every need's answers would cost them.
  await step(
    "needs and their answers",
    sql`with needs as (
          insert into support_needs (country_code, country_step_id, kind, description, estimate_amount, estimate_currency, priority, created_by_id)
          select distinct on (country_step_id) country_code, country_step_id, 'funding', 'Funding need', 250000, 'USD', 'high', ${authorId}
            from support_entries
           where reference like 'BENCH-%' and country_step_id is not null
          returning id, country_step_id)
        insert into need_support_links (need_id, support_entry_id, linked_by_id)
        select n.id, e.id, ${authorId}
          from support_entries e
          join needs n on n.country_step_id = e.country_step_id
         where e.reference like 'BENCH-%' and substr(e.reference, 7)::int % 5 in (1, 2)`,
  );
  // The history: one row in ten a step's status change (what "as of" reads), the rest edits of milestones (what the
  // activity feed and "what changed" read with their milestones: each names one of the milestones above).
  const auditRows = size.auditRowsPerMonth * size.months;
  const auditAt = sql`${until}::timestamptz - make_interval(days => 0, secs => ((g::bigint * 7919) % (${size.months} * 30 * 86400))::int)`;
  await step(
    `${auditRows / 10} audit-log rows of steps' status`,
    sql`insert into audit_log (at, actor_id, action, entity_type, entity_id, country_code, before, after)
        select ${auditAt}, ${authorId}, 'step.status', 'country_step', s.id::text, s.country_code,
               jsonb_build_object('status', (enum_range(null::step_status))[1 + g % 4]),
               jsonb_build_object('status', (enum_range(null::step_status))[1 + (g + 1) % 4])
          from generate_series(10, ${auditRows}, 10) g
          join ${numberedSteps} s on s.n = (g / 10) % ${stepCount}`,
  );
  await step(
    `${auditRows - auditRows / 10} audit-log rows of milestones' edits`,
    sql`insert into audit_log (at, actor_id, action, entity_type, entity_id, country_code, before, after)
        select ${auditAt}, ${authorId}, 'milestone.edit', 'milestone', m.id::text, m.country_code,
               jsonb_build_object('title', 'Milestone ' || (g - 1)), jsonb_build_object('title', 'Milestone ' || g)
          from generate_series(1, ${auditRows}) g
          join (select id, country_code, row_number() over (order by id) - 1 as n from milestones) m on m.n = (g * 13) % ${size.milestones}
         where g % 10 <> 0`,
  );
  await step("vacuum and analyze", sql`vacuum analyze`);
}

/** A new database made ready for the large dataset's benchmarks: migrated, seeded (without demo accounts), filled. */
export async function migrateSeedAndFill(engine: Engine, size: MatrixDataSize, log: (line: string) => void) {
  await engine.migrate();
  await seedDatabase(engine.db, { demoAccounts: false });
  log(`generating ${size.milestones} milestones`);
  await generateMatrixData(engine.db, size, log);
}
