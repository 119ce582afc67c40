/**
 * No leaks through the Word documents: a marker planted in what Benin keeps to its working group (a milestone and
 * its evidence, a scheme, an assessment item, a followed indicator's value in a reported period) is in the documents
 * its working group downloads, which proves it was planted where they read, and in no part of any document a
 * reviewer or an adviser downloads (the text, the footer, the properties).
 */
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { documentWordsOf } from "@/components/reports/document-words";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import type { Translator } from "@/lib/i18n/translate-message";
import { logMilestone } from "@/lib/progress/log-milestone";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { follow } from "@/lib/results/test-helpers";
import { acceptReport } from "@/lib/rounds/decide-report";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { readDocx } from "@/lib/testing/read-docx";
import { getAcceptedCountryReport, getAcceptedRoundReports } from "../accepted-reports";
import { getCountryReport } from "../get-country-report";
import { countryReportDocx } from "./country-report-docx";
import { acceptedReportDocx, roundReportsDocx } from "./round-report-docx";

const marker = "KEPT-MARKER-d0c5";
const database = useTestDatabase();
const words = documentWordsOf("en" as Locale, createTranslator({ locale: "en", messages: en }) as Translator, createFormatter({ locale: "en", timeZone: "UTC" }));
const prepared = (actor: Actor) => ({ by: actor.name, on: new Date("2025-09-01T10:00:00Z") });

let people: Awaited<ReturnType<typeof createCast>>;
let roundId = "";

beforeAll(async () => {
  const { db } = database;
  people = await createCast(database);
  const step = await stepOf(db, "BJ", "awareness");
  // Kept to Benin's working group: the default sharing of each of these.
  await logMilestone(db, people.benin, { countryStepId: step.id, title: `Internal meeting ${marker}`, occurredOn: "2025-03-12", links: [{ url: `https://example.org/${marker}`, title: `Minutes ${marker}` }] });
  await addScheme(db, people.benin, { countryCode: "BJ", nationalName: `Draft scheme ${marker}`, guarantees: ["children"], status: "planned" });
  await addAssessmentItem(db, people.benin, { countryCode: "BJ", guarantee: "children", section: "policy_gap", statement: `Gap ${marker}` });
  const kept = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "country" });
  await recordIndicatorValue(db, people.benin, { countryIndicatorId: kept, period: "2025", value: "31.7", source: `Survey ${marker}` });
  // Shared with everyone: what the others do read.
  await logMilestone(db, people.benin, { countryStepId: step.id, title: "Launch workshop", occurredOn: "2025-03-10", sharingLevel: "all" });
  await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: await agencyIdOf(db, "ILO"), kind: "financial", title: "Awareness grant", status: "ongoing", amount: "50000", currency: "USD" });

  const round = await openRound(db, people.coordinator, { name: "First half 2025", periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn: "2025-07-31", reminderDaysBefore: 7, countryCodes: ["BJ"] });
  roundId = round.id;
  const report = await saveReportNarrative(db, people.benin, { roundId, countryCode: "BJ", achievements: "A launch workshop." });
  await submitReport(db, people.benin, { id: report.id, version: report.version });
  await acceptReport(db, people.reviewer, { id: report.id, version: report.version + 1 });
});

const countryReportFor = async (actor: Actor) => readDocx(await countryReportDocx(await getCountryReport(database.db, actor, "BJ"), words, prepared(actor)));
const acceptedReportFor = async (actor: Actor) => readDocx(await acceptedReportDocx(await getAcceptedCountryReport(database.db, actor, roundId, "BJ"), words, prepared(actor)));
const roundFor = async (actor: Actor) => readDocx(await roundReportsDocx(await getAcceptedRoundReports(database.db, actor, roundId), words, prepared(actor)));

describe("what Benin keeps to its working group, in the Word documents", () => {
  it("is in the working group's country report, and nowhere in a reviewer's", async () => {
    const own = await countryReportFor(people.benin);
    for (const planted of [`Internal meeting ${marker}`, `Minutes ${marker}`, `Draft scheme ${marker}`, `Gap ${marker}`]) expect(own.text).toContain(planted);
    const reviewers = await countryReportFor(people.reviewer);
    expect(reviewers.text).toContain("Launch workshop");
    expect(reviewers.everyPart).not.toContain(marker);
  });

  it("is in the working group's accepted report, and nowhere in a reviewer's or the supporting adviser's, nor in the round's", async () => {
    const own = await acceptedReportFor(people.benin);
    expect(own.text).toContain(`Internal meeting ${marker}`);
    expect(own.text).toContain("31.7");
    for (const reader of [people.reviewer, people.adviser]) {
      const theirs = await acceptedReportFor(reader);
      expect(theirs.text).toContain("Launch workshop");
      expect(theirs.text).toContain("2 items of the period are kept to the working group and not shown.");
      expect(theirs.everyPart).not.toContain(marker);
      expect(theirs.text).not.toContain("31.7");
      expect((await roundFor(reader)).everyPart).not.toContain(marker);
    }
  });
});
