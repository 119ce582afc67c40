/**
 * The country report as a Word document: opened as Word would (the zip's word/document.xml), it has the page's
 * sections as headings, its figures in the reader's number format, its milestones and evidence, and is proofed in the
 * reader's language; a member of another country gets no document at all.
 */
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { documentWordsOf } from "@/components/reports/document-words";
import type { Actor } from "@/lib/actor";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import type { Translator } from "@/lib/i18n/translate-message";
import { logMilestone } from "@/lib/progress/log-milestone";
import { getCountryReport } from "@/lib/reports/get-country-report";
import { addNeed } from "@/lib/support/add-need";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { readDocx } from "@/lib/testing/read-docx";
import { countryReportDocx } from "./country-report-docx";

const database = useTestDatabase();
const catalogues = { en, fr };
const words = (locale: "en" | "fr") => documentWordsOf(locale as Locale, createTranslator({ locale, messages: catalogues[locale] }) as Translator, createFormatter({ locale, timeZone: "UTC" }));
const prepared = { by: "Awa Diallo", on: new Date("2026-12-03T10:00:00Z") };

let member: Actor;

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  const step = await stepOf(database.db, "BJ", "awareness");
  await logMilestone(database.db, member, {
    countryStepId: step.id,
    title: "Atelier national sur le socle",
    occurredOn: "2026-03-18",
    sharingLevel: "all",
    links: [{ url: "https://example.org/compte-rendu", title: "Compte rendu de l'atelier" }],
  });
  const costing = await stepOf(database.db, "BJ", "costing_financing");
  await addNeed(database.db, member, { countryCode: "BJ", countryStepId: costing.id, kind: "funding", description: "Étude actuarielle", estimateAmount: "1234567.5", estimateCurrency: "EUR", priority: "high" });
});

describe("the country report as a Word document", () => {
  it("has the page's sections, figures, milestones and evidence, in the reader's language", async () => {
    const report = await getCountryReport(database.db, member, "BJ");
    const docx = await readDocx(await countryReportDocx(report, words("fr"), prepared));

    expect(docx.headings(1)).toEqual(["Bénin : rapport pays"]);
    expect(docx.headings(2)).toEqual([
      "Étapes clés et validations",
      "Jalons et justificatifs",
      "Appui reçu, par agence et par nature",
      "Besoins et déficits, par monnaie",
      "Inventaire des régimes",
      "Matrice d’évaluation",
      "Points de revue ouverts",
    ]);
    expect(docx.language).toBe("fr-FR");
    expect(docx.text).toContain("Établi le 3 déc. 2026 par Awa Diallo.");
    // The milestone with its date as the page writes it, and its evidence; the need's estimate in French digits.
    expect(docx.text).toContain("18 mars 2026 — Atelier national sur le socle");
    expect(docx.text).toContain("Compte rendu de l'atelier https://example.org/compte-rendu");
    expect(docx.text).toMatch(/Étude actuarielle \(Priorité haute, 1\s234\s567,50\sEUR\)/);
    // Each step is a row of the steps' table, under its header.
    expect(docx.paragraphs.filter((paragraph) => paragraph.text === "Statut").length).toBeGreaterThan(0);
  });

  it("writes English for an English reader", async () => {
    const report = await getCountryReport(database.db, member, "BJ");
    const docx = await readDocx(await countryReportDocx(report, words("en"), prepared));
    expect(docx.headings(1)).toEqual(["Benin: country report"]);
    expect(docx.language).toBe("en-GB");
    expect(docx.text).toContain("Prepared on Dec 3, 2026 by Awa Diallo.");
    expect(docx.text).toMatch(/Étude actuarielle \(High priority, EUR\s1,234,567\.50\)/);
  });

  it("is refused to a member of another country, before any document is written", async () => {
    const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
    await expect(getCountryReport(database.db, togo, "BJ")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
