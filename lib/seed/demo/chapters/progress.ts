/**
 * The demonstration dataset's chapter on a country's progress: each started step's milestones (some kept to the
 * working group, some with minutes or a link), its status, the assessment's sub-activities, and the step the
 * country has no use for.
 */
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { logMilestone } from "@/lib/progress/log-milestone";
import { markSubActivity } from "@/lib/progress/mark-sub-activity";
import type { DemoCountry } from "../countries";
import { demoDocx, demoPdf } from "../documents";
import { drawUuid } from "../random";
import { dayMs, isoDay, type Person, type Scene, type Story } from "../story";
import { documentLines, milestoneDescriptions, minutesTitle, signOffNotes } from "../progress-texts";
import { stepTexts } from "../step-texts";
import type { DemoLanguage } from "../texts";
import { validateStep } from "./review";

type MilestoneInput = {
  title: string;
  sharing: "country" | "all";
  status?: "in_progress" | "completed";
  files?: File[];
  links?: { url: string; title: string }[];
  fileSharing?: "country" | "all";
};

export function tellProgress(story: Story, scene: Scene): void {
  const { db, random, at, versionOf } = story;
  const { country, plan, moment, say } = scene;
  const [memberA, memberB] = scene.members;
  const language = country.language;

  for (const step of plan.steps) {
    const texts = stepTexts[step.key]!;
    const countryStepId = story.stepId(country.code, step.key);
    const log = (when: number, author: Person, input: MilestoneInput) =>
      at("milestone", when, async () => {
        const logged = await logMilestone(db, author, {
          countryStepId,
          countryCode: country.code,
          title: input.title,
          occurredOn: isoDay(when),
          description: say(random.pick(milestoneDescriptions[language])),
          sharingLevel: input.sharing,
          evidenceSharingLevel: input.fileSharing ?? input.sharing,
          statusChange: input.status ?? "",
          signOffNote: input.status === "completed" ? random.pick(signOffNotes[language]) : "",
          stepVersion: input.status ? await versionOf("country_steps", countryStepId) : undefined,
          links: input.links ?? [],
          files: input.files ?? [],
          idempotencyKey: drawUuid(random),
        });
        if (input.sharing === "all") scene.sharedMilestones.push({ id: logged.id, at: when });
      }, [
        "milestones",
        ...(input.files?.length || input.links?.length ? (["evidence", "stored_files"] as const) : []),
        ...(input.status ? (["country_steps"] as const) : []),
      ]);

    const kickoffAt = moment(step.start);
    log(kickoffAt, random.pick([memberA, memberB]), { title: say(texts.kickoff[language]), sharing: "all", status: "in_progress" });
    const progressDays = step.completedAt ? [0.35, 0.7] : [0.5, 1];
    const stepEnd = step.completedAt ?? step.lastActivity;
    progressDays.forEach((share, index) => {
      // The step under way ends on the working group's last day; a completed one has one or two milestones between.
      if (index === 1 && (step.completedAt ? random.chance(0.6) : step.lastActivity - step.start < 20 * dayMs)) return;
      const when = index === 1 && !step.completedAt ? step.lastActivity : moment(step.start + Math.round((stepEnd - step.start) * share));
      const kept = random.chance(0.3);
      const withMinutes = random.chance(0.45);
      const withLink = !withMinutes && random.chance(0.35);
      const title = say(texts.progress[index]![language]);
      log(when, random.pick([memberA, memberB]), {
        title,
        sharing: kept ? "country" : "all",
        files: withMinutes ? [documentFile("docx", `${minutesTitle[language]} - ${title}`, language, country, when)] : [],
        fileSharing: "country",
        links: withLink ? [{ url: `https://www.social-protection.org/gimi/ShowCountryProfile.action?iso=${country.code}`, title: "ILO Social Protection Platform" }] : [],
      });
    });
    if (step.completedAt) {
      const title = say(texts.completion[language]);
      log(step.completedAt, random.pick([memberA, memberB]), {
        title,
        sharing: "all",
        status: "completed",
        files: [documentFile("pdf", say(texts.document[language]), language, country, step.completedAt)],
      });
      // Here rather than in the review chapter's turn: its draws fall between this step's and the next one's.
      validateStep(story, scene, countryStepId, step.completedAt);
    }
    if (step.key === "assessment") {
      const subActivities = story.subActivitiesOf(countryStepId);
      const done = step.completedAt ? subActivities.length : random.int(1, subActivities.length - 1);
      subActivities.slice(0, done).forEach((subActivity, index) => {
        at("subActivity", moment(step.start + Math.round(((stepEnd - step.start) * (index + 1)) / (done + 1))), async () => {
          await markSubActivity(db, random.pick([memberA, memberB]), { countryStepId, subActivityId: subActivity.id, done: "true" });
        });
      });
    }
  }
  if (country.notApplicable && !story.stepMovedByOthers(country.code, country.notApplicable.key)) {
    const countryStepId = story.stepId(country.code, country.notApplicable.key);
    const reason = country.notApplicable.reason;
    at("step", moment(plan.first + 40 * dayMs), async () => {
      await changeStepStatus(db, memberA, { countryStepId, version: await versionOf("country_steps", countryStepId), to: "not_applicable", note: reason });
    });
  }
}

function documentFile(kind: "pdf" | "docx", heading: string, language: DemoLanguage, country: DemoCountry, at: number): File {
  const lines = [`${country.capital}, ${isoDay(at)}`, ...documentLines[language]];
  const bytes = kind === "pdf" ? demoPdf(heading, lines) : demoDocx(heading, lines);
  const name = `${heading.slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase()}.${kind}`;
  return new File([new Uint8Array(bytes)], name, { type: kind === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
