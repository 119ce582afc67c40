/**
 * The demonstration dataset's chapter on reporting rounds (issue 20): the coordinator ran two half-yearly rounds, the
 * last two half-years that ended at least three months before the dataset's last day. Each asks every demo country.
 * In the first every working group wrote its narrative in its language and submitted on time, and the reviewer
 * accepted every report (Rwanda's after returning it once). In the second, Burkina Faso submitted a week or two after
 * the due date, and Togo never did; the reminders went out a week before the due date and the day after it, through
 * the scheduler's own function. A round a real coordinator opened under the same name and period is left alone.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { countryReports, reportingRounds } from "@/db/schema";
import { sendDueReminders } from "@/lib/rounds/reminders/send-due-reminders";
import { acceptReport, returnReport } from "@/lib/rounds/decide-report";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { narrativeTexts, resubmissionNote, returnReasons, roundName } from "../plan-round-texts";
import { dayMs, isoDay, type Scene, type Story } from "../story";

/** The country that submits the second round's report late, and the one that never submits it. */
export const lateCountry = "BF";
export const missingCountry = "TG";
/** The country whose first report the reviewer returns once before accepting it. */
const returnedCountry = "RW";
/** Days from a period's end to its due date, and before the due date the reminder goes out. */
const dueAfterDays = 45;
const reminderDaysBefore = 7;

export type DemoRound = { name: string; periodStart: string; periodEnd: string; dueOn: string };

/** The two half-years reported on: the last one ending at least `dueAfterDays` + 45 days before `end`, and the one before it. */
export function demoRounds(end: number): [DemoRound, DemoRound] {
  const latest = end - (dueAfterDays + 45) * dayMs;
  const year = new Date(latest).getUTCFullYear();
  const secondHalfEnded = Date.parse(`${year}-12-31T00:00:00Z`) <= latest;
  const firstHalfEnded = Date.parse(`${year}-06-30T00:00:00Z`) <= latest;
  const last: [1 | 2, number] = secondHalfEnded ? [2, year] : firstHalfEnded ? [1, year] : [2, year - 1];
  const before: [1 | 2, number] = last[0] === 2 ? [1, last[1]] : [2, last[1] - 1];
  return [halfYear(...before), halfYear(...last)];
}

function halfYear(half: 1 | 2, year: number): DemoRound {
  const periodStart = `${year}-${half === 1 ? "01-01" : "07-01"}`;
  const periodEnd = `${year}-${half === 1 ? "06-30" : "12-31"}`;
  return { name: roundName(half, year), periodStart, periodEnd, dueOn: isoDay(Date.parse(`${periodEnd}T00:00:00Z`) + dueAfterDays * dayMs) };
}

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function tellRounds(story: Story, scenes: Scene[]): void {
  const { db, random, people } = story;
  demoRounds(story.end).forEach((round, index) => {
    const second = index === 1;
    const due = dayOf(round.dueOn);
    const openedAt = dayOf(round.periodEnd) - 14 * dayMs + 9 * 3_600_000;
    let roundId: string | undefined;
    story.at("round", openedAt, async () => {
      // A round a real coordinator opened for the same period under the same name is theirs: the demo writes none beside it.
      const [existing] = await story.tx
        .select({ id: reportingRounds.id })
        .from(reportingRounds)
        .where(and(eq(reportingRounds.name, round.name), eq(reportingRounds.periodStart, round.periodStart), isNull(reportingRounds.deletedAt)));
      if (existing) return;
      ({ id: roundId } = await openRound(db, people.coordinator, { ...round, reminderDaysBefore, countryCodes: scenes.map((scene) => scene.country.code) }));
    });

    for (const scene of scenes) {
      const { country, moment, members, say } = scene;
      const [memberA, memberB] = members;
      const language = country.language;
      if (second && country.code === missingCountry) continue;
      const late = second && country.code === lateCountry;
      const returned = !second && country.code === returnedCountry;
      // Drawn here, in order: when the group writes, submits, and when the reviewer decides.
      const drawnAt = late ? due + random.int(3, 6) * dayMs : due - random.int(returned ? 18 : 6, returned ? 24 : 16) * dayMs;
      // A quiet group wrote nothing after its last days: it wrote and submitted before it went quiet.
      const writtenAt = Math.max(Math.min(drawnAt, scene.plan.last - 4 * dayMs), openedAt + dayMs);
      const submittedAt = writtenAt + random.int(1, 3) * dayMs;
      const decidedAt = submittedAt + random.int(2, 9) * dayMs;
      const narrative = {
        achievements: say(random.pick(narrativeTexts.achievements[language])),
        difficulties: say(random.pick(narrativeTexts.difficulties[language])),
        nextSteps: say(random.pick(narrativeTexts.nextSteps[language])),
      };
      let reportId: string | undefined;
      const version = async () => (await story.tx.select({ version: countryReports.version }).from(countryReports).where(eq(countryReports.id, reportId!)))[0]!.version;

      story.at("round", moment(writtenAt), async () => {
        if (!roundId) return;
        ({ id: reportId } = await saveReportNarrative(db, memberA, { roundId, countryCode: country.code, ...narrative }));
      });
      // The draft frozen at submission says when it was drawn: the submission's moment, as everything else is moved to.
      const submit = async (member: typeof memberA, at: number) => {
        await submitReport(db, member, { id: reportId!, version: await version() });
        await story.tx.execute(sql`update country_reports set snapshot = jsonb_set(snapshot, '{drawnAt}', to_jsonb(${new Date(Math.min(at, story.end)).toISOString()}::text)) where id = ${reportId!}`);
      };
      const submittedMoment = moment(submittedAt);
      story.at("round", submittedMoment, async () => {
        if (reportId) await submit(memberB, submittedMoment);
      });
      if (returned) {
        story.at("round", moment(decidedAt), async () => {
          if (reportId) await returnReport(db, people.reviewer, { id: reportId, version: await version(), reason: returnReasons[language] });
        });
        const resubmittedMoment = moment(decidedAt + 2 * dayMs);
        story.at("round", resubmittedMoment, async () => {
          if (!reportId) return;
          await saveReportNarrative(db, memberA, { roundId, countryCode: country.code, version: await version(), ...narrative, achievements: `${narrative.achievements}\n\n${resubmissionNote[language]}` });
          await submit(memberA, resubmittedMoment);
        });
      }
      story.at("round", moment(decidedAt + (returned ? 5 : 0) * dayMs), async () => {
        if (reportId) await acceptReport(db, people.reviewer, { id: reportId, version: await version() });
      });
    }

    // The scheduler's reminders, on their days: a week before the due date, and the day after it.
    for (const day of [due - reminderDaysBefore * dayMs, due + dayMs]) {
      story.at("reminder", day + 6 * 3_600_000, async () => {
        if (roundId) await sendDueReminders(db, { now: new Date(day + 6 * 3_600_000) });
      });
    }
  });
}
