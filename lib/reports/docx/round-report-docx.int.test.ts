/**
 * The accepted reports of a round as Word documents (decision 2060): Benin's accepted report, opened as Word would,
 * has its facts, its narrative proofed in the language its working group wrote it in, the period's figures, and
 * headings in the reader's language; a returned report is refused with its reason, so is another country's member;
 * the round's document holds only the accepted reports its reader may read, each from a page of its own.
 */
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { documentWordsOf } from "@/components/reports/document-words";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import type { Translator } from "@/lib/i18n/translate-message";
import { logMilestone } from "@/lib/progress/log-milestone";
import { acceptReport, returnReport } from "@/lib/rounds/decide-report";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, createCast, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { readDocx } from "@/lib/testing/read-docx";
import { getAcceptedCountryReport, getAcceptedRoundReports } from "../accepted-reports";
import { acceptedReportDocx, roundReportsDocx } from "./round-report-docx";

const database = useTestDatabase();
const catalogues = { en, fr };
const words = (locale: "en" | "fr") => documentWordsOf(locale as Locale, createTranslator({ locale, messages: catalogues[locale] }) as Translator, createFormatter({ locale, timeZone: "UTC" }));
const prepared = { by: "Camille Coordinator", on: new Date("2025-09-01T10:00:00Z") };

let people: Awaited<ReturnType<typeof createCast>>;
let roundId = "";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  const { db } = database;
  people = await createCast(database);
  const round = await openRound(db, people.coordinator, { name: "First half 2025", periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn: "2025-07-31", reminderDaysBefore: 7, countryCodes: ["BJ", "TG"] });
  roundId = round.id;
  const step = await stepOf(db, "BJ", "awareness");
  await logMilestone(db, people.benin, { countryStepId: step.id, title: "Atelier de lancement", occurredOn: "2025-03-10", sharingLevel: "all" });
  const entry = await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: await agencyIdOf(db, "ILO"), kind: "financial", title: "Awareness grant", status: "ongoing", amount: "50000", currency: "USD" });
  await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "committed", amount: "50000", occurredOn: "2025-02-01" });

  // Benin's working group writes in French; a reviewer accepts. Togo's report is returned.
  const benin = { ...people.benin, locale: "fr" as const };
  const report = await saveReportNarrative(db, benin, {
    roundId,
    countryCode: "BJ",
    achievements: "Un atelier de lancement à Cotonou.\n\nLe groupe de travail s’est réuni deux fois.",
    difficulties: "Peu de données sur la couverture.",
  });
  await submitReport(db, benin, { id: report.id, version: report.version });
  await acceptReport(db, people.reviewer, { id: report.id, version: report.version + 1 });
  const togo = await saveReportNarrative(db, people.togo, { roundId, countryCode: "TG", achievements: "A workshop." });
  await submitReport(db, people.togo, { id: togo.id, version: togo.version });
  await returnReport(db, people.reviewer, { id: togo.id, version: togo.version + 1, reason: "Say who attended." });
});

describe("an accepted country report as a Word document", () => {
  it("has its facts, the narrative in its own language, the period's figures, and headings in the reader's language", async () => {
    const accepted = await getAcceptedCountryReport(database.db, people.coordinator, roundId, "BJ");
    const docx = await readDocx(await acceptedReportDocx(accepted, words("en"), prepared));

    expect(docx.language).toBe("en-GB");
    expect(docx.headings(1)).toEqual(["Benin: report for “First half 2025”"]);
    expect(docx.headings(2)).toEqual([
      "Achievements",
      "Difficulties",
      "Next steps",
      "Key steps whose status changed",
      "Milestones in the period",
      "Support transactions in the period",
      "Needs recorded in the period",
      "Needs answered in the period",
      "Indicator values for the period",
    ]);
    expect(docx.text).toContain("Period: Jan 1, 2025 to Jun 30, 2025");
    expect(docx.text).toMatch(/Submitted: .+ by Adjoa Mensah/);
    expect(docx.text).toMatch(/Accepted: .+ by Rita Reviewer/);
    expect(docx.text).toContain("Narrative written in: Français");
    // Each paragraph of the narrative is one of the document's, proofed in French.
    const narrative = docx.paragraphs.filter((paragraph) => paragraph.lang === "fr-FR").map((paragraph) => paragraph.text);
    expect(narrative).toEqual(["Un atelier de lancement à Cotonou.", "Le groupe de travail s’est réuni deux fois.", "Peu de données sur la couverture."]);
    expect(docx.text).toContain("Nothing written.");
    expect(docx.text).toContain("Atelier de lancement");
    expect(docx.text).toMatch(/USD\s50,000\.00/);
    expect(docx.properties).toContain("Benin: report for “First half 2025”");
  });

  it("speaks French to a French reader", async () => {
    const accepted = await getAcceptedCountryReport(database.db, people.reviewer, roundId, "BJ");
    const docx = await readDocx(await acceptedReportDocx(accepted, words("fr"), prepared));
    expect(docx.language).toBe("fr-FR");
    expect(docx.headings(1)).toEqual(["Bénin : rapport pour « First half 2025 »"]);
    expect(docx.headings(2)[0]).toBe("Réalisations");
    expect(docx.text).toMatch(/50\s000,00\s\$US/);
  });

  it("is refused while returned, with the reason it is refused, and to another country's member", async () => {
    expect(await refusal(getAcceptedCountryReport(database.db, people.coordinator, roundId, "TG"))).toMatchObject({ code: "CONFLICT", message: "documents.notAccepted" });
    expect((await refusal(getAcceptedCountryReport(database.db, people.togo, roundId, "BJ"))).code).toBe("FORBIDDEN");
    expect((await refusal(getAcceptedCountryReport(database.db, people.coordinator, "00000000-0000-4000-8000-000000000000", "BJ"))).code).toBe("NOT_FOUND");
  });
});

describe("a round's accepted reports as one Word document", () => {
  it("holds each accepted report the reader may read, from a page of its own, after a table of them", async () => {
    const docx = await readDocx(await roundReportsDocx(await getAcceptedRoundReports(database.db, people.coordinator, roundId), words("en"), prepared));
    expect(docx.headings(1)).toEqual(["First half 2025: accepted country reports"]);
    expect(docx.headings(2)).toEqual(["Reports in this document", "Benin: report for “First half 2025”"]);
    expect(docx.headings(3)).toContain("Achievements");
    expect(docx.text).toContain("Reports accepted: 1 of the 2 countries asked.");
    expect(docx.text).not.toContain("A workshop.");
    // The ILO adviser reads Benin's accepted report: the ILO supports Benin.
    expect((await getAcceptedRoundReports(database.db, people.adviser, roundId)).reports.map((report) => report.countryCode)).toEqual(["BJ"]);
  });

  it("is refused to whom may read none of its accepted reports, and while none is accepted", async () => {
    expect((await refusal(getAcceptedRoundReports(database.db, people.togo, roundId))).code).toBe("FORBIDDEN");
    const unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
    expect((await refusal(getAcceptedRoundReports(database.db, unicef, roundId))).code).toBe("FORBIDDEN");
    const empty = await openRound(database.db, people.coordinator, { name: "Second half 2025", periodStart: "2025-07-01", periodEnd: "2025-12-31", dueOn: "2026-01-31", reminderDaysBefore: 7, countryCodes: ["BJ"] });
    expect(await refusal(getAcceptedRoundReports(database.db, people.coordinator, empty.id))).toMatchObject({ code: "CONFLICT", message: "documents.noAcceptedReports" });
  });
});
