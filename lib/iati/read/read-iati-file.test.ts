import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readIatiFile } from "./read-iati-file";
import { type IatiFileHeader, IatiFileError, type IatiProblemReason, type ReadActivity } from "./types";

/** The bytes of `text` in chunks of `size` bytes, cut wherever that falls (inside a character too). */
async function* chunks(bytes: Uint8Array | string, size: number): AsyncGenerator<Uint8Array> {
  const all = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  for (let start = 0; start < all.length; start += size) yield all.subarray(start, start + size);
}

async function readAll(source: AsyncIterable<Uint8Array>) {
  let header: IatiFileHeader | null = null;
  const activities: ReadActivity[] = [];
  for await (const event of readIatiFile(source)) {
    if (event.kind === "header") header = event;
    else activities.push(event.activity);
  }
  return { header: header!, activities };
}

const readPath = (file: string) => readAll(createReadStream(file, { highWaterMark: 8 * 1024 }));
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const reasons = (activity: ReadActivity) => activity.problems.map((problem) => problem.reason);
const count = (activities: ReadActivity[], reason: IatiProblemReason, detail?: string) =>
  activities.flatMap((activity) => activity.problems).filter((problem) => problem.reason === reason && (detail === undefined || problem.detail === detail)).length;
/** Problems that mean the activity breaks the 2.03 schema (a version mismatch or a negative value does not). */
const schemaReasons = new Set<IatiProblemReason>(["missing_attribute", "unknown_attribute", "code_in_narrative", "not_a_number", "bad_date", "unknown_code", "missing_identifier"]);
const schemaProblems = (activities: ReadActivity[]) => activities.flatMap((activity) => activity.problems).filter((problem) => schemaReasons.has(problem.reason));

async function refusal(source: AsyncIterable<Uint8Array> | string): Promise<IatiFileError> {
  try {
    await readAll(typeof source === "string" ? chunks(source, 64) : source);
  } catch (error) {
    if (error instanceof IatiFileError) return error;
    throw error;
  }
  throw new Error("the file was read");
}

/** Real published files (`../shared/real-data/`, read in place, never copied in; REAL_DATA_DIR names another place). */
const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
describe.skipIf(!existsSync(realData))("agencies' published IATI files, as the real-data README describes them", () => {
  const real = (name: string) => readPath(path.join(realData, name));

  it("UNDP 2.03 validates: 9 activities, none breaking the schema", async () => {
    const { header, activities } = await real("iati-undp-2.03-social-protection.xml");
    expect(header).toMatchObject({ declaredVersion: "2.03", problems: [] });
    expect(activities).toHaveLength(9);
    expect(schemaProblems(activities)).toEqual([]);
    expect(activities.every((activity) => activity.version === "2.03" && activity.reportingOrg.ref === "XM-DAC-41114")).toBe(true);
    expect(activities[0]!.titles).toEqual([{ lang: "fr", text: "COVID-19 APPUI AU TPE" }]);
    expect(activities[0]!.tags).toContainEqual({ vocabulary: "3", code: "1.3" });
  });

  it("UNICEF 2.02 in a 2.03 root fails the schema: 31 location-id/administrative without @code, 15 indicators without @measure, 5 budget-item/@vocabulary", async () => {
    const { header, activities } = await real("iati-unicef-2.02-social-protection.xml");
    expect(header.declaredVersion).toBe("2.03");
    expect(activities).toHaveLength(5);
    expect(activities.map((activity) => activity.version)).toEqual(["2.02", "2.02", "2.02", "2.02", "2.02"]);
    expect(count(activities, "version_mismatch")).toBe(5);
    expect(count(activities, "missing_attribute", "location-id/@code")).toBe(31);
    expect(count(activities, "missing_attribute", "administrative/@code")).toBe(31);
    expect(count(activities, "missing_attribute", "indicator/@measure")).toBe(15);
    expect(count(activities, "unknown_attribute", "budget-item/@vocabulary")).toBe(5);
    const serbia = activities.find((activity) => activity.identifier?.includes("Serbia"))!;
    expect(serbia.transactions.filter((transaction) => transaction.type === "4")).toHaveLength(77);
    expect(activities.find((activity) => activity.identifier?.includes("Dominican Republic"))!.identifier).toBe("XM-DAC-41122-Dominican Republic-1260/A0/05/801/004");
  });

  it("UNICEF's dflat Ebola file: no root version, 3 undeclared attributes per activity, negative commitments kept with a note", async () => {
    const { header, activities } = await real("iati-unicef-2.02-ebola-dportal-flat.xml");
    expect(header).toMatchObject({ declaredVersion: null, problems: [{ reason: "missing_version" }] });
    expect(activities).toHaveLength(3);
    expect(activities.map((activity) => activity.version)).toEqual(["2.02", "2.02", "2.02"]);
    for (const activity of activities) {
      expect(activity.problems.filter((problem) => problem.reason === "unknown_attribute").map((problem) => problem.path).sort()).toEqual(["@dataset", "@generated-datetime", "@version"]);
    }
    const negativeCommitments = activities.flatMap((activity) => activity.transactions).filter((transaction) => transaction.type === "2" && transaction.value?.startsWith("-"));
    expect(negativeCommitments.length).toBeGreaterThan(0);
    expect(count(activities, "negative_value")).toBeGreaterThanOrEqual(negativeCommitments.length);
  });

  it("WFP 2.03 validates: 3 activities", async () => {
    const { activities } = await real("iati-wfp-2.03.xml");
    expect(activities).toHaveLength(3);
    expect(schemaProblems(activities)).toEqual([]);
  });

  it("WHO fails the schema: 22 transaction sectors with the DAC code in the narrative (read from it), 3 points without @srsName, 3 budget-item/@vocabulary", async () => {
    const { activities } = await real("iati-who-2.03.xml");
    expect(activities).toHaveLength(3);
    expect(count(activities, "code_in_narrative")).toBe(22);
    expect(count(activities, "missing_attribute", "point/@srsName")).toBe(3);
    expect(count(activities, "unknown_attribute", "budget-item/@vocabulary")).toBe(3);
    const sectors = activities[0]!.transactions.flatMap((transaction) => transaction.sectors);
    expect(sectors).toContainEqual({ vocabulary: "1", code: "72010", percentage: null });
  });

  it("FAO 2.02 in a 2.03 root validates: 3 activities, one of them DAC 16010", async () => {
    const { activities } = await real("iati-fao-2.02.xml");
    expect(activities).toHaveLength(3);
    expect(schemaProblems(activities)).toEqual([]);
    expect(activities.filter((activity) => activity.sectors.some((sector) => sector.code === "16010")).map((activity) => activity.identifier)).toEqual(["XM-DAC-41301-683002"]);
  });

  it("UNOPS as published: the root's generated-datetime, values wrapped in newlines and tabs read right, empty document-links noted", async () => {
    const { header, activities } = await real("iati-unops-2.03-as-published.xml");
    expect(header).toMatchObject({ declaredVersion: "2.03", generatedAt: "2022-04-29T09:55:53.753" });
    expect(activities).toHaveLength(3);
    expect(activities[0]!.transactions[0]!).toMatchObject({ type: "4", value: "1321549", currency: "USD", valueDate: "2021-04-01" });
    expect(count(activities, "missing_attribute", "document-link/@url")).toBe(3);
    expect(count(activities, "not_a_number")).toBe(0);
  });
});

describe("files written for 2.01, 2.02 and 2.03", () => {
  it("2.01: textual transaction and date codes, a missing attribute, the activity's language for narratives without one", async () => {
    const { header, activities } = await readPath(fixture("iati-2.01-textual-codes.xml"));
    expect(header).toMatchObject({ declaredVersion: "2.01", generatedAt: "2015-03-02T10:00:00Z" });
    const activity = activities[0]!;
    expect(activity.version).toBe("2.01");
    expect(activity.transactions.map((transaction) => transaction.type)).toEqual(["1", "2", "3", "4", "6"]);
    expect(activity.dates).toEqual([
      { type: "1", date: "2015-01-01" },
      { type: "2", date: "2015-02-15" },
      { type: "3", date: "2016-12-31" },
    ]);
    expect(activity.titles).toEqual([
      { lang: "fr", text: "Socle de protection sociale au Mali" },
      { lang: "en", text: "Social protection floor in Mali" },
    ]);
    expect(activity.recipientCountries).toEqual([{ code: "ML", percentage: null }]);
    expect(activity.sectors).toEqual([{ vocabulary: "1", code: "16012", percentage: null }]);
    expect(activity.transactions[2]!).toMatchObject({ currency: "USD", valueDate: null });
    expect(activity.transactions[3]!).toMatchObject({ date: "2015-12-31", currency: "EUR" });
    expect(activity.problems).toEqual(
      expect.arrayContaining([
        { path: "reporting-org[1]/@type", reason: "missing_attribute", detail: "reporting-org/@type" },
        { path: "transaction[3]/value[1]/@value-date", reason: "missing_attribute", detail: "value/@value-date" },
      ]),
    );
  });

  it("2.02 activities in a 2.03 root: the activity's own version, a code in a narrative, missing attributes, a value that is not a number, whitespace", async () => {
    const { activities } = await readPath(fixture("iati-2.02-in-2.03-root.xml"));
    expect(activities).toHaveLength(2);
    const [sahel, anonymous] = activities as [ReadActivity, ReadActivity];
    expect(sahel).toMatchObject({ identifier: "XM-DAC-41122-SAHEL-001", version: "2.02" });
    expect(sahel.sectors).toEqual([{ vocabulary: "1", code: "16010", percentage: null }]);
    expect(sahel.transactions.map((transaction) => transaction.value)).toEqual(["1000.01", "-100", null, "300", "7"]);
    expect(sahel.transactions[4]!.type).toBeNull();
    expect(sahel.problems).toEqual(
      expect.arrayContaining([
        { path: "@version", reason: "version_mismatch", detail: "activity 2.02, root 2.03" },
        { path: "sector[1]/@code", reason: "code_in_narrative", detail: "16010" },
        { path: "activity-date[3]/@type", reason: "missing_attribute", detail: "activity-date/@type" },
        { path: "location[1]/location-id[1]/@code", reason: "missing_attribute", detail: "location-id/@code" },
        { path: "transaction[2]/value", reason: "negative_value", detail: "-100" },
        { path: "transaction[3]/value", reason: "not_a_number", detail: "five hundred" },
        { path: "transaction[5]/transaction-type[1]/@code", reason: "missing_attribute", detail: "transaction-type/@code" },
      ]),
    );
    expect(anonymous.identifier).toBeNull();
    expect(reasons(anonymous)).toContain("missing_identifier");
  });

  it("2.03 written to the schema reads without a problem", async () => {
    const { activities } = await readPath(fixture("iati-2.03-agency.xml"));
    expect(activities).toHaveLength(6);
    expect(activities.flatMap((activity) => activity.problems)).toEqual([]);
    expect(activities[0]!.recipientCountries).toEqual([
      { code: "BJ", percentage: 33.33 },
      { code: "TG", percentage: 33.33 },
      { code: "BF", percentage: 33.34 },
    ]);
  });
});

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>`;

describe("files that are refused whole", () => {
  it("an XML bomb (billion laughs) is refused for its entities before any is expanded", async () => {
    const error = await refusal(billionLaughs);
    expect(error.reason).toBe("entities");
    expect(error.line).toBe(3); // where the DOCTYPE closes: the root, and the entity in it, are never reached
  });

  it("an external entity is refused, whatever it names", async () => {
    const error = await refusal(`<?xml version="1.0"?>\n<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<iati-activities version="2.03">&secret;</iati-activities>`);
    expect(error.reason).toBe("entities");
  });

  it("an undeclared entity (an HTML one) is malformed XML", async () => {
    expect((await refusal(`<iati-activities version="2.03"><iati-activity><title><narrative>a&nbsp;b</narrative></title></iati-activity></iati-activities>`)).reason).toBe("malformed");
  });

  it("malformed XML says where, and the activities before it were yielded", async () => {
    const events: string[] = [];
    const source = chunks(`<iati-activities version="2.03">\n<iati-activity><iati-identifier>A</iati-identifier></iati-activity>\n<iati-activity>\n<title></narrative></title></iati-activity></iati-activities>`, 16);
    const error = await (async () => {
      try {
        for await (const event of readIatiFile(source)) events.push(event.kind === "header" ? "header" : event.activity.identifier!);
      } catch (error) {
        return error as IatiFileError;
      }
    })();
    expect(error).toBeInstanceOf(IatiFileError);
    expect(error).toMatchObject({ reason: "malformed", line: 4 });
    expect(error!.column).toBeGreaterThan(0);
    expect(events).toEqual(["header", "A"]);
  });

  it("a file cut short is malformed", async () => {
    expect((await refusal(`<iati-activities version="2.03"><iati-activity><iati-identifier>A</iati-identifier>`)).reason).toBe("malformed");
  });

  it("the wrong root: an organisation file, or another format", async () => {
    expect(await refusal(`<?xml version="1.0"?><iati-organisations version="2.03"/>`)).toMatchObject({ reason: "wrong_root", detail: "iati-organisations", line: 1 });
    expect((await refusal(`<html><body/></html>`)).reason).toBe("wrong_root");
    expect((await refusal(`<x:iati-activities xmlns:x="urn:other"/>`)).reason).toBe("wrong_root");
  });

  it("an empty file: no bytes, only whitespace, only the declaration", async () => {
    expect(await refusal(chunks(new Uint8Array(), 1))).toMatchObject({ reason: "empty", line: null });
    expect((await refusal("  \n\n ")).reason).toBe("empty");
    expect((await refusal(`<?xml version="1.0" encoding="UTF-8"?>\n`)).reason).toBe("empty");
  });

  it("bytes that are not UTF-8 are malformed", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`<iati-activities version="2.03"><iati-activity><title><narrative>`), 0xff, 0xfe, ...new TextEncoder().encode(`</narrative></title></iati-activity></iati-activities>`)]);
    expect((await refusal(chunks(bytes, 7))).reason).toBe("malformed");
  });
});

describe("a stream in chunks", () => {
  const text = `<iati-activities version="2.03"><iati-activity xml:lang="fr"><iati-identifier>XM-1</iati-identifier><title><narrative>Sécurité sociale — 社会保障 🌍</narrative></title><transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="XOF" value-date="2024-01-01">1500</value></transaction></iati-activity></iati-activities>`;

  it("decodes characters split across chunks, one byte at a time", async () => {
    const { activities } = await readAll(chunks(text, 1));
    expect(activities[0]!.titles).toEqual([{ lang: "fr", text: "Sécurité sociale — 社会保障 🌍" }]);
    expect(activities[0]!.transactions[0]!).toMatchObject({ value: "1500", currency: "XOF" });
  });

  it("reports the bytes read after each chunk", async () => {
    const seen: number[] = [];
    for await (const event of readIatiFile(chunks(text, 100), { onBytes: (bytes) => seen.push(bytes) })) void event;
    const total = new TextEncoder().encode(text).length;
    expect(seen.at(-1)).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen).toHaveLength(Math.ceil(total / 100));
  });

  it("yields each activity as it closes, before the rest of the file has arrived", async () => {
    let sent = 0;
    async function* slow() {
      for await (const chunk of chunks(`<iati-activities version="2.03"><iati-activity><iati-identifier>A</iati-identifier></iati-activity>${"<!-- padding -->".repeat(50)}<iati-activity><iati-identifier>B</iati-identifier></iati-activity></iati-activities>`, 64)) {
        sent++;
        yield chunk;
      }
    }
    const seenAt: Record<string, number> = {};
    for await (const event of readIatiFile(slow())) if (event.kind === "activity") seenAt[event.activity.identifier!] = sent;
    expect(seenAt.A!).toBeLessThan(seenAt.B!);
  });
});

it("reads a UTF-8 byte order mark and CDATA", async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf]);
  const body = `<iati-activities version="2.03"><iati-activity><iati-identifier><![CDATA[XM-CDATA]]></iati-identifier></iati-activity></iati-activities>`;
  const { activities } = await readAll(chunks(new Uint8Array([...bytes, ...new TextEncoder().encode(body)]), 5));
  expect(activities[0]!.identifier).toBe("XM-CDATA");
});

it("keeps 20,000 characters of a text and says how much it left out", async () => {
  const long = "é".repeat(150_000);
  const { activities } = await readAll(chunks(`<iati-activities version="2.03"><iati-activity><iati-identifier>XM-LONG</iati-identifier><title><narrative>${long}</narrative></title></iati-activity></iati-activities>`, 4096));
  expect(activities[0]!.titles[0]!.text).toHaveLength(20_000);
  expect(activities[0]!.problems).toContainEqual({ path: "", reason: "truncated", detail: "130000 characters of text left out" });
});
