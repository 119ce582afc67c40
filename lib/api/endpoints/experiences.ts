/** The experience endpoints: write-ups listed, read, written as drafts, edited, published to an audience and withdrawn, through the same lib/ functions as the pages. */
import { experienceStates, locales, sharingLevels } from "@/db/schema/values";
import { editExperience } from "@/lib/experiences/edit-experience";
import { getExperience, queryExperiences, type ExperienceView } from "@/lib/experiences/list-experiences";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { withdrawExperience } from "@/lib/experiences/withdraw-experience";
import { writeExperience } from "@/lib/experiences/write-experience";
import { experiencePageQuerySchema } from "@/lib/validation/experience-queries";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, pageResponse, timestamp } from "../schemas";

const contact = z.object({ name: z.string(), organisation: z.string(), email: z.string() });

const experienceText = z.object({
  language: z.enum(locales),
  title: z.string(),
  context: z.string(),
  whatWasDone: z.string(),
  whatWorked: z.string(),
  whatToChange: z.string(),
  updatedAt: timestamp,
});

const experience = z
  .object({
    id: z.uuid(),
    countryCode: z.string().length(2),
    stepKey: z.string(),
    agencyId: z.uuid().nullable().meta({ description: "The adviser's agency it was written for; null when the working group wrote it." }),
    agencyAcronym: z.string().nullable(),
    state: z.enum(experienceStates).meta({ description: "`draft`: read only by its authors' side (the working group and coordinators, or the adviser's agency and coordinators). `published`: read by its audience." }),
    sharingLevel: z.enum(sharingLevels).meta({ description: "Its audience once published: `country` (the country's working group and coordinators) or `all` (everyone signed in)." }),
    publishedAt: timestamp.nullable(),
    featured: z.boolean(),
    contacts: z.array(contact),
    texts: z.array(experienceText),
    version: z.int().meta({ description: "Send it back when editing or publishing: a stale version is refused with 409." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Experience" });

function experienceOut(row: ExperienceView) {
  return {
    id: row.id,
    countryCode: row.countryCode,
    stepKey: row.stepKey,
    agencyId: row.agencyId,
    agencyAcronym: row.agencyAcronym,
    state: row.state,
    sharingLevel: row.sharingLevel,
    publishedAt: isoTimestamp(row.publishedAt),
    featured: row.featured,
    contacts: row.contacts,
    texts: row.texts.map((text) => ({ ...text, updatedAt: text.updatedAt.toISOString() })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function experienceById(db: Database, actor: Actor, id: string) {
  return { data: experienceOut((await getExperience(db, actor, id)).experience) };
}

const idParams = z.object({ id: z.uuid() });

const textFields = {
  language: z.enum(locales).meta({ description: "The language of this text; the same write-up may be given in several." }),
  title: z.string().min(1),
  context: z.string().optional(),
  whatWasDone: z.string().min(1),
  whatWorked: z.string().optional(),
  whatToChange: z.string().optional(),
  contacts: z.array(contact.partial({ organisation: true, email: true })).optional(),
  contactsConsent: z.boolean().optional().meta({ description: "Required (true) when contacts are named: they agreed to be named." }),
};

export const listExperiencesEndpoint = defineEndpoint({
  method: "GET",
  path: "/experiences",
  operationId: "listExperiences",
  summary: "List experience write-ups",
  description: "The write-ups the caller may read (published to them, or drafts of their own side), filtered by country, framework step key, language and state, paged by id.",
  tags: ["Learning"],
  query: experiencePageQuerySchema,
  response: pageResponse(experience, "ExperiencePage"),
  handle: async ({ db, actor, query }) => {
    const page = await queryExperiences(db, actor, query);
    return { data: page.data.map(experienceOut), nextCursor: page.nextCursor };
  },
});

export const getExperienceEndpoint = defineEndpoint({
  method: "GET",
  path: "/experiences/{id}",
  operationId: "getExperience",
  summary: "Read an experience write-up",
  description: "A write-up the caller may not read answers 404, as one that does not exist.",
  tags: ["Learning"],
  params: idParams,
  response: z.object({ data: experience }),
  handle: async ({ db, actor, params }) => experienceById(db, actor, params.id),
});

export const writeExperienceEndpoint = defineEndpoint({
  method: "POST",
  path: "/experiences",
  operationId: "writeExperience",
  summary: "Write an experience write-up, as a draft",
  description: "Needs experience.write: a working group for its country, an adviser for their agency (agencyId), a coordinator anywhere. It is a draft until published.",
  tags: ["Learning"],
  body: z.object({
    countryCode: z.string().meta({ example: "TH" }),
    stepKey: z.string().meta({ example: "costing_financing" }),
    agencyId: z.uuid().optional().meta({ description: "For an adviser: the agency it is written for." }),
    ...textFields,
  }),
  response: z.object({ data: experience }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, body }) => {
    const { id } = await writeExperience(db, actor, body);
    return experienceById(db, actor, id);
  },
});

export const editExperienceEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/experiences/{id}",
  operationId: "editExperience",
  summary: "Edit one language's text of a write-up (adding the language when new) and its contacts",
  description: "Send the version you read: a newer one answers 409 with the write-up as it stands.",
  tags: ["Learning"],
  params: idParams,
  body: z.object({ version: z.int().min(1), ...textFields }),
  response: z.object({ data: experience }),
  handle: async ({ db, actor, params, body }) => {
    await editExperience(db, actor, { ...body, experienceId: params.id });
    return experienceById(db, actor, params.id);
  },
});

export const publishExperienceEndpoint = defineEndpoint({
  method: "POST",
  path: "/experiences/{id}/publish",
  operationId: "publishExperience",
  summary: "Publish a draft write-up to an audience, or change the audience of a published one",
  description: "Send the version you read: a newer one answers 409 with the write-up as it stands.",
  tags: ["Learning"],
  params: idParams,
  body: z.object({ version: z.int().min(1), sharingLevel: z.enum(sharingLevels) }),
  response: z.object({ data: experience }),
  handle: async ({ db, actor, params, body }) => {
    await publishExperience(db, actor, { ...body, experienceId: params.id });
    return experienceById(db, actor, params.id);
  },
});

export const withdrawExperienceEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/experiences/{id}",
  operationId: "withdrawExperience",
  summary: "Withdraw a write-up",
  description: "A soft delete: it leaves every list and search, and its history is kept.",
  tags: ["Learning"],
  params: idParams,
  response: z.object({ data: z.object({ id: z.uuid(), withdrawn: z.literal(true) }) }),
  handle: async ({ db, actor, params }) => {
    const { id } = await withdrawExperience(db, actor, { experienceId: params.id });
    return { data: { id, withdrawn: true as const } };
  },
});
