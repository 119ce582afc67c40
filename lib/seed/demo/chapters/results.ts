/**
 * The demonstration dataset's chapter on results (issue 19): a few weeks into its process, each working group follows
 * three SDG 1.3.1 series, shared with everyone, with a baseline and targets, and records a value a year as its
 * statistics office publishes them (coverage for all by sex in the latest year); ILO's adviser proposes the latest
 * pension figure, which a member accepts a week later; and the agency of the country's first support entry links it
 * to the coverage it works towards. The figures are invented, drawn around plausible levels. Told last of all chapters,
 * so the rest of the dataset is drawn as it was before it.
 */
import { and, eq, isNull } from "drizzle-orm";
import { countryIndicators, indicators } from "@/db/schema";
import { acceptProposal } from "@/lib/results/accept-proposal";
import { followIndicator } from "@/lib/results/follow-indicator";
import { proposeIndicatorValue } from "@/lib/results/propose-value";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { linkSupportEntryIndicator } from "@/lib/results/support-entry-results";
import { dayMs, type Scene, type Story } from "../story";

/** The series every demo country follows, and the coverage (in %) its baseline is drawn around. */
const followedSeries = [
  { code: "SI_COV_BENFTS", low: 80, high: 450 },
  { code: "SI_COV_CHLD", low: 50, high: 350 },
  { code: "SI_COV_PENSN", low: 60, high: 400 },
] as const;

/** Tenths as a figure: 153 → "15.3", at most 100 %. */
const tenths = (value: number) => (Math.min(value, 1000) / 10).toFixed(1);

export function tellResults(story: Story, scene: Scene): void {
  const { db, random, people } = story;
  const { country, plan, moment, members } = scene;
  const [memberA, memberB] = members;
  // Statistics run behind: the latest year published is the one before the dataset's last.
  const latestYear = new Date(story.end).getUTCFullYear() - 1;
  const baselineYear = latestYear - 4;
  const followedAt = plan.first + 21 * dayMs;
  // Marked as the costing's demonstration figures are: invented, never the office's.
  const source = `Demonstration figures (invented, not published by ${country.statisticsOffice})`;
  const ids = new Map<string, string>();

  followedSeries.forEach((series, index) => {
    // Drawn here, in order, whatever the schedule does later.
    const baseline = random.int(series.low, series.high);
    const yearly = Array.from({ length: 4 }, () => random.int(4, 25));
    const pensionStep = random.int(4, 25);
    const femaleGap = random.int(5, 40);
    const writer = index % 2 === 0 ? memberA : memberB;

    story.at("results", moment(followedAt + index * dayMs), async () => {
      const [indicator] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, series.code));
      if (!indicator) return;
      // A series the country already follows is its own (typed or imported before the demo was loaded): left alone.
      const [followed] = await db
        .select({ id: countryIndicators.id })
        .from(countryIndicators)
        .where(and(eq(countryIndicators.countryCode, country.code), eq(countryIndicators.indicatorId, indicator.id), isNull(countryIndicators.deletedAt)));
      if (followed) return;
      const { id } = await followIndicator(db, writer, {
        countryCode: country.code,
        indicatorId: indicator.id,
        baselineValue: tenths(baseline),
        baselineYear: String(baselineYear),
        baselineSource: source,
        targets: [
          { year: String(latestYear + 3), value: tenths(baseline + 100) },
          { year: "2030", value: tenths(baseline + 200) },
        ],
        sharingLevel: "all",
      });
      ids.set(series.code, id);
    });

    // A value a year, recorded in the weeks after following; the pension series' latest year comes from the adviser.
    let level = baseline;
    const years = series.code === "SI_COV_PENSN" ? 3 : 4;
    for (let offset = 1; offset <= years; offset++) {
      level += yearly[offset - 1]!;
      const value = tenths(level);
      const year = String(baselineYear + offset);
      story.at("results", moment(followedAt + (7 + offset * 5 + index) * dayMs), async () => {
        const countryIndicatorId = ids.get(series.code);
        if (!countryIndicatorId) return;
        await recordIndicatorValue(db, writer, { countryIndicatorId, period: year, value, source });
        if (series.code === "SI_COV_BENFTS" && offset === years) {
          await recordIndicatorValue(db, writer, { countryIndicatorId, period: year, sex: "female", value: tenths(level - femaleGap), source });
        }
      });
    }

    if (series.code !== "SI_COV_PENSN") return;
    // ILO, the series' custodian, brings ILOSTAT's figure.
    const adviser = people.advisers.get("ILO")!;
    const proposedAt = followedAt + 45 * dayMs;
    let proposalId: string | undefined;
    story.at("results", moment(proposedAt), async () => {
      const countryIndicatorId = ids.get(series.code);
      if (!countryIndicatorId) return;
      ({ id: proposalId } = await proposeIndicatorValue(db, adviser, { countryIndicatorId, period: String(latestYear), value: tenths(level + pensionStep), source: "Demonstration figures (invented, not from ILOSTAT)" }));
    });
    story.at("results", moment(proposedAt + 7 * dayMs), async () => {
      if (proposalId) await acceptProposal(db, memberA, { id: proposalId, version: 1 });
    });
  });

  // Late in the story, when the agencies have offered their support (the support chapter adds its entries as it runs).
  story.at("results", moment(Math.max(followedAt + 60 * dayMs, plan.last - 2 * dayMs)), async () => {
    const entry = scene.supportEntries[0];
    const countryIndicatorId = ids.get("SI_COV_BENFTS");
    const adviser = entry && people.advisers.get(entry.agency);
    if (!entry || !countryIndicatorId || !adviser) return;
    await linkSupportEntryIndicator(db, adviser, { supportEntryId: entry.id, countryIndicatorId, resultType: "outcome" });
  });
}
