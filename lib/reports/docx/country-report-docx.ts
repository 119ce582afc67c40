/**
 * The country report as a Word document (issue 20): the same sections, in the same order and with the same figures,
 * as the report page and its PDF (app/(app)/reports/countries/[code]/page.tsx), read from the same `getCountryReport`,
 * so it holds nothing its reader could not read on screen. Links of the page that lead elsewhere in Socle (downloads,
 * the costing page) are left out: the document stands on its own.
 */
import "server-only";
import { localized, titleText } from "@/lib/i18n/localized";
import type { getCountryReport } from "@/lib/reports/get-country-report";
import { type Block, bulletList, facts, heading, link, paragraph, run, table, writeDocument } from "./builders";
import { assessmentBlocks, costingBlocks, resultsBlocks } from "./country-report-assessment";
import { convertedBlocks } from "./funding-blocks";
import type { DocumentWords } from "./words";

export type CountryReport = Awaited<ReturnType<typeof getCountryReport>>;

const flows = ["needed", "pledged", "committed", "disbursed", "spent", "gap"] as const;

function stepsBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t, locale, day } = words;
  return [
    heading(t("reports.stepsTitle"), 2),
    ...table(
      null,
      [{ label: "#" }, { label: t("country.step") }, { label: t("country.status") }, { label: t("reports.signOff") }, { label: t("reports.milestoneCount"), numeric: true }],
      report.steps.map((step) => [
        String(step.number),
        [titleText(step.title, locale), ...(step.key === null ? [t("country.nationalStep")] : []), ...(step.fromOlderVersion ? [t("country.olderVersion")] : [])],
        t(`stepStatus.${step.status}`),
        step.signOff?.signedOffAt
          ? t("reports.signedOff", { date: day(step.signOff.signedOffAt), name: step.signOff.signedOffByName ?? "—", note: step.signOff.signOffNote ?? "" })
          : "—",
        words.number(step.milestoneCount),
      ]),
    ),
  ];
}

function milestonesBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t, locale, day } = words;
  const withMilestones = report.steps.filter((step) => step.milestones.length > 0);
  return [
    heading(t("reports.milestonesTitle"), 2),
    ...(withMilestones.length === 0
      ? [paragraph(t("reports.noMilestones"), "muted")]
      : withMilestones.flatMap((step) => [
          heading(`${step.number}. ${titleText(step.title, locale)}`, 3),
          ...bulletList(
            step.milestones.map((milestone) => ({
              content: [run(day(milestone.occurredOn), "muted"), run(` — ${milestone.title}`)],
              // An uploaded file stays in Socle: the document names it; a web page is a link Word opens.
              items: milestone.evidence.map((item) => (item.url ? [link(item.title, item.url), run(` ${item.url}`, "small")] : [run(item.title), run(` (${t("reports.uploadedFile")})`, "small")])),
            })),
          ),
          ...(step.milestoneCount > step.milestones.length
            ? [paragraph(t("reports.milestonesShown", { shown: step.milestones.length, count: step.milestoneCount }), "muted")]
            : []),
        ])),
  ];
}

function supportBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t, locale, money } = words;
  const perCurrency = (group: CountryReport["supportByAgency"][number], flow: "committed" | "disbursed") =>
    group.money.length ? group.money.map((row) => money(row[flow], row.currency)) : "—";
  return [
    heading(t("reports.supportTitle"), 2),
    ...(report.supportByAgency.length === 0
      ? [paragraph(t("reports.noSupport"), "muted")]
      : table(
          null,
          [{ label: t("support.agency") }, { label: t("support.kindLabel") }, { label: t("reports.entries"), numeric: true }, { label: t("support.flow.committed"), numeric: true }, { label: t("support.flow.disbursed"), numeric: true }],
          report.supportByAgency.map((group) => [
            localized(group.agencyShortName, locale),
            t(`support.kind.${group.kind}`),
            words.number(group.entries),
            perCurrency(group, "committed"),
            perCurrency(group, "disbursed"),
          ]),
        )),
  ];
}

function gapsBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t, locale, money } = words;
  const needs = report.steps.flatMap((step) =>
    step.needs.map(
      (need) =>
        `${step.number}. ${titleText(step.title, locale)} — ${need.description} (${t(`support.priority.${need.priority}`)}${need.estimateAmount && need.estimateCurrency ? `, ${money(need.estimateAmount, need.estimateCurrency)}` : ""})`,
    ),
  );
  return [
    heading(t("reports.gapsTitle"), 2),
    ...(report.totals.length === 0
      ? [paragraph(t("reports.noNeeds"), "muted")]
      : table(
          null,
          [{ label: t("reports.currency") }, ...flows.map((flow) => ({ label: t(`support.flow.${flow}`), numeric: true }))],
          report.totals.map((row) => [row.currency, ...flows.map((flow) => money(row[flow], row.currency))]),
        )),
    ...(report.totals.length === 0 ? [] : convertedBlocks(report.funding, words)),
    ...bulletList(needs),
  ];
}

function schemesBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t } = words;
  if (report.schemes.length === 0) return [heading(t("schemes.title"), 2), paragraph(t("schemes.emptyReader"), "muted")];
  return [
    heading(t("schemes.title"), 2),
    ...table(
      t("schemes.count", { count: report.schemes.length }),
      [
        { label: t("schemes.columns.name") },
        { label: t("schemes.columns.guarantees") },
        { label: t("schemes.columns.kind") },
        { label: t("schemes.columns.status") },
        { label: t("schemes.columns.beneficiaries"), numeric: true },
        { label: t("schemes.columns.expenditure"), numeric: true },
      ],
      report.schemes.map((scheme) => [
        [
          scheme.nationalName,
          ...(scheme.englishName && scheme.englishName !== scheme.nationalName ? [scheme.englishName] : []),
          ...(scheme.sharingLevel === "country" ? [t("schemes.keptToGroup")] : []),
        ],
        scheme.guarantees.map((guarantee) => t(`schemes.guarantee.${guarantee}`)).join(", "),
        [scheme.contribution && t(`schemes.contribution.${scheme.contribution}`), scheme.kind && t(`schemes.kind.${scheme.kind}`)].filter(Boolean).join(" · ") || "—",
        t(`schemes.status.${scheme.status}`),
        scheme.effectiveCoverage === null ? "—" : t("schemes.perYear", { value: words.number(scheme.effectiveCoverage), year: String(scheme.coverageYear ?? "—") }),
        scheme.expenditureAmount && scheme.expenditureCurrency
          ? `${words.money(scheme.expenditureAmount, scheme.expenditureCurrency)}${scheme.expenditureYear ? ` (${scheme.expenditureYear})` : ""}`
          : "—",
      ]),
    ),
  ];
}

function reviewBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t, locale, day } = words;
  if (report.reviewItems.length === 0) return [heading(t("reports.reviewTitle"), 2), paragraph(t("reports.noReviewItems"), "muted")];
  return [
    heading(t("reports.reviewTitle"), 2),
    ...bulletList(
      report.reviewItems.map((item) => {
        const step = report.steps.find((candidate) => candidate.id === item.countryStepId);
        return [
          day(item.openedAt),
          step ? ` — ${step.number}. ${titleText(step.title, locale)}` : "",
          item.title ? ` — ${item.title}` : "",
          `: ${t("reports.changesRequested", { name: item.openedByName ?? "—", reason: item.reason })}`,
        ].join("");
      }),
    ),
  ];
}

/** The report's sections, for this document or for a longer one holding it. */
export function countryReportBlocks(report: CountryReport, words: DocumentWords): Block[] {
  const { t } = words;
  const { country } = report;
  return [
    ...facts([
      [t("countries.region"), t(`regions.${country.region}`)],
      [t("countries.spfiStatus"), t(`spfiStatus.${country.spfiStatus}`)],
      [t("country.framework"), t("country.frameworkVersion", { number: country.frameworkVersion })],
    ]),
    ...stepsBlocks(report, words),
    ...milestonesBlocks(report, words),
    ...supportBlocks(report, words),
    ...gapsBlocks(report, words),
    ...schemesBlocks(report, words),
    ...assessmentBlocks(report.assessment, words),
    ...costingBlocks(report.costing, words),
    ...resultsBlocks(report.results, words),
    ...reviewBlocks(report, words),
  ];
}

/** The .docx of a country report, prepared for `preparedBy` on `preparedOn`, in the words' language. */
export function countryReportDocx(report: CountryReport, words: DocumentWords, prepared: { by: string; on: Date }): Promise<Uint8Array> {
  const { t, locale, day } = words;
  const title = t("reports.countryTitle", { country: localized(report.country.name, locale) });
  const preparedBy = t("reports.preparedBy", { date: day(prepared.on), name: prepared.by });
  return writeDocument({
    title,
    footer: `Socle · ${title} · ${preparedBy}`,
    creator: prepared.by,
    locale,
    blocks: [heading(title, 1), paragraph(preparedBy, "muted"), ...countryReportBlocks(report, words)],
  });
}
