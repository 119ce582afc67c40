/**
 * What the matrix tests share: items as their forms send them (Mozambique's, texts invented), a national dialogue
 * recorded as a milestone with its minutes, an item's row, and the counts a refused write must leave alone.
 */
import { and, asc, count, eq } from "drizzle-orm";
import { assessmentItems, assessmentMatrices, assessmentVersions, auditLog, evidence } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { removeEvidence } from "@/lib/progress/remove-evidence";
import { type FileDatabase, stepOf } from "@/lib/testing/database";

type Fields = Record<string, unknown>;

export const policyGap = (overrides: Fields = {}): Fields => ({
  countryCode: "MZ",
  guarantee: "children",
  section: "policy_gap",
  statement: "No child benefit outside the four pilot provinces",
  details: "Children under five in Nampula and Zambézia receive nothing.",
  ...overrides,
});

export const implementationIssue = (overrides: Fields = {}): Fields =>
  policyGap({ section: "implementation_issue", statement: "Payments arrive up to three months late in rural districts", details: "", ...overrides });

export const recommendation = (overrides: Fields = {}): Fields =>
  policyGap({
    section: "recommendation",
    statement: "Extend the child grant (0–2 years) nationwide by 2030",
    details: "Phased by province; costed in key step 6.",
    recommendationKind: "benefit_coverage",
    priority: "high",
    ...overrides,
  });

/** An item's edit form as it opens: its text, kind and priority, and the version it was read at. */
export const editForm = (row: typeof assessmentItems.$inferSelect, overrides: Fields = {}): Fields => ({
  id: row.id,
  version: row.version,
  statement: row.statement,
  details: row.details,
  recommendationKind: row.recommendationKind ?? "",
  priority: row.priority ?? "",
  ...overrides,
});

/** A national dialogue logged on the policy options step: with its minutes as evidence unless `evidence` is false. */
export async function nationalDialogue(database: FileDatabase, actor: Actor, options: { countryCode?: string; occurredOn?: string; evidence?: boolean; title?: string } = {}) {
  const { countryCode = "MZ", occurredOn = "2025-06-12", evidence = true, title = "National dialogue on the assessment matrix" } = options;
  const step = await stepOf(database.db, countryCode, "policy_options");
  const links = evidence ? [{ url: "https://example.org/dialogue-minutes.pdf", title: "Minutes of the dialogue" }] : [];
  const { id } = await logMilestone(database.db, actor, { countryStepId: step.id, title, occurredOn, links });
  return id;
}

/**
 * Milestones a dialogue's decision (an endorsement, a validation) may not name, each with the message of its
 * refusal: Togo's, one deleted, one that does not exist, one without evidence, one whose evidence was removed.
 */
export async function refusedDialogues(database: FileDatabase, people: { mozambique: Actor; togo: Actor }, messages: { unknown: string; needsEvidence: string }) {
  const togoDialogue = await nationalDialogue(database, people.togo, { countryCode: "TG" });
  const withoutEvidence = await nationalDialogue(database, people.mozambique, { evidence: false, title: "Dialogue, minutes to follow" });
  const deleted = await nationalDialogue(database, people.mozambique, { title: "Dialogue logged twice" });
  await deleteMilestone(database.db, people.mozambique, { milestoneId: deleted });
  const evidenceRemoved = await nationalDialogue(database, people.mozambique, { title: "Dialogue whose minutes were wrong" });
  const [minutes] = await database.db.select({ id: evidence.id }).from(evidence).where(eq(evidence.milestoneId, evidenceRemoved));
  await removeEvidence(database.db, people.mozambique, { evidenceId: minutes!.id });
  return [
    [togoDialogue, messages.unknown],
    [deleted, messages.unknown],
    [crypto.randomUUID(), messages.unknown],
    [withoutEvidence, messages.needsEvidence],
    [evidenceRemoved, messages.needsEvidence],
  ];
}

export async function itemRow(database: FileDatabase, id: string) {
  const [row] = await database.db.select().from(assessmentItems).where(eq(assessmentItems.id, id));
  if (!row) throw new Error(`no assessment item ${id}`);
  return row;
}

/** The matrix's version as an endorser or a sharer reads it. */
export async function matrixVersion(database: FileDatabase, countryCode = "MZ") {
  const [row] = await database.db.select({ version: assessmentMatrices.version }).from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, countryCode));
  return row?.version ?? 0;
}

/** Rows a matrix write could add, and audit entries: equal before and after a refused write. */
export async function matrixCounts(database: FileDatabase) {
  const total = async (table: typeof assessmentItems | typeof assessmentVersions | typeof assessmentMatrices | typeof auditLog) =>
    (await database.db.select({ total: count() }).from(table))[0]!.total;
  return { items: await total(assessmentItems), versions: await total(assessmentVersions), matrices: await total(assessmentMatrices), audit: await total(auditLog) };
}

/** An item's audit entries, oldest first. */
export const itemAudit = (database: FileDatabase, id: string) =>
  database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "assessment_item"), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));
