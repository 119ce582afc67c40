/**
 * The demonstration dataset's chapter on learning: the trainings each working group attended, and the
 * experience write-ups the countries and agencies drew from their steps.
 */
import { editExperience } from "@/lib/experiences/edit-experience";
import { featureExperience } from "@/lib/experiences/feature-experience";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { writeExperience } from "@/lib/experiences/write-experience";
import { recordTraining } from "@/lib/trainings/record-training";
import { demoExperiences } from "../experiences";
import { dayMs, isoDay, type Scene, type Story } from "../story";
import { courses } from "../learning-texts";

/** Trainings the working group attended, some funded through a capacity-building entry: so it follows the support chapter. */
export function tellTrainings(story: Story, scene: Scene): void {
  const { db, random, at, start } = story;
  const { country, plan, moment } = scene;
  const [memberA, memberB] = scene.members;
  const language = country.language;
  for (let index = 0; index < random.int(1, 2); index++) {
    const course = random.pick(courses);
    const trainingStart = Math.min(start + random.int(60, 680) * dayMs, plan.last - (course.days + 10) * dayMs);
    const recordedAt = moment(Math.min(trainingStart + (course.days + random.int(3, 20)) * dayMs, plan.last - dayMs));
    const organisations = random.shuffled(country.organisations).slice(0, random.int(2, 4));
    const participants = organisations.map((organisation) => ({ organisation, women: random.int(0, 3), men: random.int(0, 3), unstated: 0 }));
    for (const row of participants) if (row.women + row.men === 0) row.women = 1;
    const funder = random.pick(["ILO", ...country.funders]);
    const withNames = random.chance(0.4);
    at("training", recordedAt, async () => {
      const entry = scene.supportEntries.find((candidate) => candidate.category === "training_capacity");
      await recordTraining(db, random.pick([memberA, memberB]), {
        countryCode: country.code,
        course: course.title[language],
        institutionId: story.institutionIds.get(course.institution)!,
        otherInstitution: "",
        startDate: isoDay(trainingStart),
        endDate: isoDay(trainingStart + (course.days - 1) * dayMs),
        fundingAgencyId: story.agencyIds.get(entry?.agency ?? funder)!,
        supportEntryId: entry?.id ?? "",
        participantNames: withNames ? [memberA.name, memberB.name].join("\n") : "",
        participants: participants.map((row) => ({ organisation: row.organisation, women: String(row.women), men: String(row.men), unstated: "0" })),
      });
    });
  }
}

/**
 * Experience write-ups, after the step they tell of, published a few days after they are drafted: the fourth of
 * each five to its country's working group only, the others to everyone; the coordinator features some. Told
 * after every country's part, as they draw on all of them.
 */
export function tellWriteUps(story: Story, scenes: readonly Scene[]): void {
  const { db, random, at, end, versionOf, people } = story;
  for (const [index, written] of demoExperiences.entries()) {
    const { country, plan, moment } = scenes.find((scene) => scene.country.code === written.countryCode)!;
    const step = plan.steps.find((candidate) => candidate.key === written.stepKey);
    const from = step?.completedAt ?? step?.lastActivity ?? end - 60 * dayMs;
    const writtenAt = moment(Math.min(from + random.int(15, 45) * dayMs, end - 3 * dayMs));
    const author = written.agency ? people.advisers.get(written.agency)! : people.members.get(written.countryCode)![0];
    const contacts = [{ name: author.name, organisation: written.agency ?? country.ministry, email: author.email }];
    at("experience", writtenAt, async () => {
      const { id } = await writeExperience(db, author, {
        countryCode: written.countryCode,
        stepKey: written.stepKey,
        agencyId: written.agency ? story.agencyIds.get(written.agency)! : "",
        language: written.language,
        ...written.text,
        contacts,
        contactsConsent: "on",
      });
      const publishedAt = moment(writtenAt + random.int(1, 4) * dayMs);
      at("experience", publishedAt, async () => {
        const sharingLevel = index % 5 === 3 ? "country" : "all";
        await publishExperience(db, author, { experienceId: id, version: await versionOf("experiences", id), sharingLevel });
      });
      if (written.translation) {
        const translatedAt = moment(publishedAt + random.int(5, 20) * dayMs);
        const translation = written.translation;
        at("experience", translatedAt, async () => {
          await editExperience(db, author, {
            experienceId: id,
            version: await versionOf("experiences", id),
            language: translation.language,
            ...translation.text,
            contacts,
            contactsConsent: "on",
          });
        });
      }
      if (written.featured) {
        const featuredAt = moment(publishedAt + random.int(25, 40) * dayMs);
        at("experience", featuredAt, async () => {
          await featureExperience(db, people.coordinator, { experienceId: id, featured: "true" });
        });
      }
    });
  }
}
