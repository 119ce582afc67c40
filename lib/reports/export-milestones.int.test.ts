/**
 * The milestones export's files stay what they were while the way they are made changes (issue 24, decision 2450):
 * on a fixed dataset of more than one page — ties in date and time, evidence in several kinds and sharing levels,
 * some removed, text a spreadsheet would run — the CSV is byte for byte, and the XLSX cell for cell, the file the
 * export gave before its page query and the XLSX writer's styles were rewritten (recorded from main at 19d28a8),
 * for readers who see different things and in three languages.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { milestones } from "@/db/schema";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { exportTables } from "./exports";
import { exportBatchSize } from "./tabular";
import { csvStream } from "./write-csv-stream";
import { xlsxStream } from "./write-xlsx-stream";

const database = useTestDatabase();
const people: Record<"coordinator" | "benin" | "togo" | "reviewer", Actor> = {} as never;
/** More than one page, so the keyset walk crosses pages (and ties at a page's edge). */
const total = exportBatchSize + 150;

/** Text people typed that a spreadsheet would run, quote or choke on, on the first milestones. */
const awkward: [title: string, description: string][] = [
  ["=SUM(A1:A9)", 'Voir annexe;=HYPERLINK("http://evil.example")'],
  ["+33 1 23 45", "première ligne\n@SUM(1)\r\n-2"],
  ["-5 jours", 'Texte avec "guillemets", virgules, et ; points-virgules'],
  ["'=déjà guillemeté", "tabulation\tici"],
  ["Contrôle \u0001 caché", ""],
  ["Étude à Cotonou — ½", "\t=1"],
  ["@mention", "a=b"],
  ["Ünïcödé 漢字 🙂", "fin\n"],
];

beforeAll(async () => {
  people.coordinator = await createPerson(database, { role: "coordinator", name: "Ada Coordinatrice" });
  people.benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: 'Adjoa "Akosua" Mensah' });
  people.togo = await createPerson(database, { role: "working_group_member", countryCode: "TG", name: "Kodjo; Agbeko" });
  people.reviewer = await createPerson(database, { role: "reviewer", name: "Rita Reviewer" });
  const { db } = database;
  const fileId = "00000000-0000-4000-8000-00000000f11e";
  await db.execute(sql`
    insert into stored_files (id, sha256, content_type, byte_size, original_name, content, uploaded_by_id)
    values (${fileId}, repeat('0', 64), 'application/pdf', 4, 'decret.pdf', '\\x25504446', ${people.benin.userId})`);
  // Dates repeat every 40 milestones and times every 3 (a microsecond apart), so many rows tie on both and the id decides.
  await db.execute(sql`
    with steps as (select id, country_code, row_number() over (order by country_code, position) - 1 as n
                   from country_steps where country_code in ('BJ', 'TG', 'SN')),
         counted as (select count(*) as n from steps)
    insert into milestones (id, country_code, country_step_id, title, occurred_on, description, author_id, sharing_level, created_at, updated_at, deleted_at)
    select md5('milestone ' || g)::uuid, s.country_code, s.id, 'Jalon ' || g, date '2026-01-01' + (g % 40), 'Compte rendu ' || g,
           case when g % 2 = 0 then ${people.coordinator.userId}::uuid when s.country_code = 'TG' then ${people.togo.userId}::uuid else ${people.benin.userId}::uuid end,
           (case when g % 5 = 0 then 'all' else 'country' end)::sharing_level,
           timestamptz '2026-02-01 09:00:00.000001+00' + (g % 3) * interval '1 microsecond', timestamptz '2026-02-01 09:00:00+00',
           case when g % 97 = 96 then timestamptz '2026-03-01 00:00:00+00' end
    from generate_series(0, ${total - 1}) g join steps s on s.n = g % (select n from counted)`);
  // Per milestone none, one link, or a link and a file; some shared with all, some removed, some added out of order.
  await db.execute(sql`
    insert into evidence (id, milestone_id, country_code, kind, title, url, file_id, sharing_level, added_by_id, deleted_at, created_at)
    select md5('evidence ' || g || ' ' || k)::uuid, m.id, m.country_code, (case when k = 1 then 'link' else 'file' end)::evidence_kind,
           case when k = 1 then 'Compte rendu ' || g else 'Décret; signé' end,
           case when k = 1 then 'https://example.org/cr/' || g end,
           case when k = 2 then ${fileId}::uuid end,
           (case when g % 4 = 0 or k = 2 and g % 10 = 5 then 'all' else 'country' end)::sharing_level,
           m.author_id,
           case when k = 1 and g % 11 = 0 then timestamptz '2026-03-02 00:00:00+00' end,
           timestamptz '2026-02-02 00:00:00+00' + (case when g % 7 = 0 then 3 - k else k end) * interval '1 second'
    from generate_series(0, ${total - 1}) g cross join generate_series(1, 2) k join milestones m on m.id = md5('milestone ' || g)::uuid
    where k <= g % 3`);
  for (const [index, [title, description]] of awkward.entries()) {
    await db.update(milestones).set({ title, description }).where(eq(milestones.id, sql`md5(${`milestone ${index}`})::uuid`));
  }
});

const digest = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Every sheet as a spreadsheet shows it: name, frozen panes, column widths, and each cell's type, value, format and boldness. */
async function cellsOf(bytes: Buffer): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        rows.push([cell.address, cell.type, value, cell.numFmt ?? null, cell.font?.bold ?? false]);
      }),
    );
    return { name: sheet.name, views: sheet.views, widths: sheet.columns.map((column) => column.width), rows };
  });
}

async function exported(reader: keyof typeof people, locale: Locale, input: Record<string, unknown>) {
  const options = { locale, origin: "https://socle.example" };
  const csv = await exportTables(database.db, people[reader], "milestones", input, options);
  const text = Buffer.from(await new Response(csvStream(csv.tables[0]!)).arrayBuffer());
  const xlsx = await exportTables(database.db, people[reader], "milestones", input, options);
  const cells = await cellsOf(Buffer.from(await new Response(xlsxStream(xlsx.tables)).arrayBuffer()));
  return { rowCount: csv.rowCount, text, cells };
}

/** What the export gave before its rewrite: the CSV's SHA-256, and that of the XLSX's cells as `cellsOf` lists them. */
const before = {
  "coordinator, fr, everything": {
    rows: 1139,
    csv: "6395ec9ab652d390036b9d280629af18493eb3868b294d321fa68b998abdd776",
    xlsx: "df59a247cfabfbe3d10255ece082ef45d49896a2b4bc80b43a84ac48b818e0db",
  },
  "coordinator, en, Benin from 10 January to 5 February": {
    rows: 380,
    csv: "7fdd6f60bc4ad7883decc93b8362ede879a4a8afdf95e42c5b035a0ba3f68261",
    xlsx: "84aa1e6f1d44696801f1d67a67086efc3777f09237500ba5e3603204e4c9e461",
  },
  "reviewer, fr, everything": {
    rows: 228,
    csv: "7986d4747c5d1b21803728c32462142733173d4cb6e7be232343356a6a9f5875",
    xlsx: "e79be8b787e3e1555797482d9892f00affcad9d14683a922d82eda7b7e4d78e2",
  },
  "Togo's member, es, Togo": {
    rows: 571,
    csv: "22d6c9b35b25558d96380a38076687456262b5c9484a93a771bc67ab8e1cebdd",
    xlsx: "600d32c6afe96d595f62a1ebddc721215bbf7bc09466a7c0195e1b34b29545e9",
  },
};

const cases: [keyof typeof before, keyof typeof people, Locale, Record<string, unknown>][] = [
  ["coordinator, fr, everything", "coordinator", "fr", {}],
  ["coordinator, en, Benin from 10 January to 5 February", "coordinator", "en", { country: "BJ", from: "2026-01-10", to: "2026-02-05" }],
  ["reviewer, fr, everything", "reviewer", "fr", {}],
  ["Togo's member, es, Togo", "togo", "es", { country: "TG" }],
];

describe("the milestones export's files", () => {
  it.each(cases)("are what they were before the rewrite: %s", async (name, reader, locale, input) => {
    const { rowCount, text, cells } = await exported(reader, locale, input);
    expect(parse(text, { bom: true }).length - 1, "the CSV's rows, less the header").toBe(rowCount);
    expect({ rows: rowCount, csv: digest(text), xlsx: digest(JSON.stringify(cells)) }).toEqual(before[name]);
  });

  it("hold the awkward text guarded in both formats", async () => {
    const { text, cells } = await exported("coordinator", "fr", { country: "BJ" });
    const csv = text.toString("utf8");
    expect(csv).toContain(`"Voir annexe;'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'=SUM(A1:A9)");
    const values = (cells[0] as { rows: [string, number, unknown][] }).rows.map((cell) => cell[2]);
    expect(values).toContain("'=SUM(A1:A9)");
    expect(values).toContain("Contrôle \ufffd caché");
  });
});
