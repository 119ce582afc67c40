/**
 * A 50 MB file of thousands of activities, generated as it is read (never held whole), streams with the heap bounded:
 * the reader holds one activity at a time. A DOM of the same file would take several times its size.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import { readIatiFile } from "./read-iati-file";

const targetBytes = 50 * 1024 * 1024;

function activityXml(index: number): string {
  const transactions = Array.from(
    { length: 16 },
    (_, n) => `
  <transaction ref="T-${index}-${n}">
   <transaction-type code="${(n % 3) + 2}"/>
   <transaction-date iso-date="2024-0${(n % 9) + 1}-15"/>
   <value currency="USD" value-date="2024-0${(n % 9) + 1}-15">${1000 + n}.25</value>
   <description><narrative xml:lang="en">Transfer ${n} to the social protection programme — résumé ${"x".repeat(120)}</narrative></description>
   <provider-org ref="XM-DAC-41302"><narrative>ILO</narrative></provider-org>
  </transaction>`,
  ).join("");
  return `
 <iati-activity default-currency="USD" xml:lang="en">
  <iati-identifier>XM-DAC-41302-GEN-${index}</iati-identifier>
  <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
  <title><narrative>Generated activity ${index}</narrative><narrative xml:lang="fr">Activité générée ${index}</narrative></title>
  <description type="1"><narrative>${"A long description of cash transfers and social insurance. ".repeat(10)}</narrative></description>
  <activity-status code="2"/>
  <activity-date type="2" iso-date="2024-01-01"/>
  <recipient-country code="BJ" percentage="60"/>
  <recipient-country code="TG" percentage="40"/>
  <sector code="16010"/>${transactions}
 </iati-activity>`;
}

async function* generatedFile(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  let index = 0;
  yield encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-12-03T00:00:00Z">`);
  while (sent < targetBytes) {
    // About 64 KB a chunk, as a file stream gives.
    let chunk = "";
    while (chunk.length < 64 * 1024) chunk += activityXml(index++);
    const bytes = encoder.encode(chunk);
    sent += bytes.length;
    yield bytes;
  }
  yield encoder.encode("\n</iati-activities>\n");
}

/** A full collection, so that what is measured is what the reader keeps, not garbage awaiting the collector. */
function collectGarbage(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

it("streams a generated 50 MB file of thousands of activities with the heap it keeps bounded", { timeout: 60_000 }, async () => {
  const gc = collectGarbage();
  gc();
  const before = process.memoryUsage().heapUsed;
  let retained = 0;
  let peak = 0;
  let activities = 0;
  let transactions = 0;
  let bytes = 0;
  for await (const event of readIatiFile(generatedFile(), { onBytes: (read) => (bytes = read) })) {
    if (event.kind !== "activity") continue;
    activities++;
    transactions += event.activity.transactions.length;
    if (activities % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    if (activities % 1000 === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed - before);
    }
  }
  const mb = (value: number) => (value / 1024 / 1024).toFixed(1);
  console.info(`IATI stream: ${mb(bytes)} MB, ${activities} activities, heap kept at most ${mb(retained)} MB after collections, ${mb(peak)} MB with garbage`);
  expect(bytes).toBeGreaterThanOrEqual(targetBytes);
  expect(activities).toBeGreaterThan(5_000);
  expect(transactions).toBe(activities * 16);
  // One activity's tree and the parser's buffers: a file held whole (as text, let alone as a DOM) would be 50 MB and more.
  expect(retained).toBeLessThan(8 * 1024 * 1024);
});
