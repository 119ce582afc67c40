/**
 * What a webhook event says, read as the endpoint's owner would read it (decision 2210): each entity through the
 * sharing rule (lib/sharing/visibility.ts) or its readers' rule, so an agency's endpoint never hears of a milestone kept
 * to its country. Null when the owner may not read it: no delivery then. Never the audit entry's own before/after.
 */
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { countryReports, countrySteps, frameworkSteps, milestones, supportEntries, supportNeeds, supportTransactions } from "@/db/schema";
import type { WebhookEventType } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import type { AuditEntry } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { mayReadReport } from "@/lib/rounds/report-readers";
import { milestoneVisibleTo } from "@/lib/sharing/visibility";

/** The audit actions that are webhook events: every write path records its audit entry, so each is covered once. */
export const eventOfAction: Readonly<Record<string, WebhookEventType>> = {
  "milestone.log": "milestone.logged",
  "milestone.edit": "milestone.changed",
  "milestone.delete": "milestone.changed",
  "milestone.restore": "milestone.changed",
  "step.status": "step.status_changed",
  "support.add": "support.entry_changed",
  "support.edit": "support.entry_changed",
  "support.withdraw": "support.entry_changed",
  "support.transaction.add": "support.transaction_changed",
  "support.transaction.withdraw": "support.transaction_changed",
  "report.submit": "report.submitted",
  "report.accept": "report.accepted",
  "need.add": "need.recorded",
};

type EventData = Record<string, unknown>;
const day = (value: Date | null) => value?.toISOString() ?? null;

async function milestoneData(tx: Transaction, owner: Actor, id: string): Promise<EventData | null> {
  const [row] = await tx
    .select({
      id: milestones.id,
      countryCode: milestones.countryCode,
      countryStepId: milestones.countryStepId,
      title: milestones.title,
      occurredOn: milestones.occurredOn,
      description: milestones.description,
      sharingLevel: milestones.sharingLevel,
      deletedAt: milestones.deletedAt,
      version: milestones.version,
    })
    .from(milestones)
    .where(and(eq(milestones.id, id), milestoneVisibleTo(owner)));
  if (!row) return null;
  const { deletedAt, ...milestone } = row;
  return { milestone: { ...milestone, deleted: deletedAt !== null } };
}

async function stepData(tx: Transaction, owner: Actor, id: string): Promise<EventData | null> {
  const [step] = await tx
    .select({ id: countrySteps.id, countryCode: countrySteps.countryCode, frameworkKey: frameworkSteps.key, status: countrySteps.status, statusChangedAt: countrySteps.statusChangedAt })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.id, id));
  if (!step || !can(owner, "country.read", { countryCode: step.countryCode })) return null;
  return { step: { ...step, statusChangedAt: day(step.statusChangedAt) } };
}

const entryColumns = {
  id: supportEntries.id,
  countryCode: supportEntries.countryCode,
  agencyId: supportEntries.agencyId,
  countryStepId: supportEntries.countryStepId,
  reference: supportEntries.reference,
  title: supportEntries.title,
  kind: supportEntries.kind,
  status: supportEntries.status,
  amount: supportEntries.amount,
  currency: supportEntries.currency,
  startDate: supportEntries.startDate,
  endDate: supportEntries.endDate,
  deletedAt: supportEntries.deletedAt,
  version: supportEntries.version,
};

async function supportEntryData(tx: Transaction, owner: Actor, id: string): Promise<EventData | null> {
  const [row] = await tx.select(entryColumns).from(supportEntries).where(eq(supportEntries.id, id));
  if (!row || !can(owner, "support.read", { countryCode: row.countryCode, agencyId: row.agencyId })) return null;
  const { deletedAt, ...entry } = row;
  return { supportEntry: { ...entry, withdrawn: deletedAt !== null } };
}

async function supportTransactionData(tx: Transaction, owner: Actor, entry: AuditEntry): Promise<EventData | null> {
  const transactionId = entry.after?.transactionId ?? entry.before?.transactionId;
  const data = await supportEntryData(tx, owner, entry.entityId);
  if (!data || typeof transactionId !== "string") return null;
  const [row] = await tx
    .select({ id: supportTransactions.id, type: supportTransactions.type, amount: supportTransactions.amount, currency: supportTransactions.currency, occurredOn: supportTransactions.occurredOn, deletedAt: supportTransactions.deletedAt })
    .from(supportTransactions)
    .where(and(eq(supportTransactions.id, transactionId), eq(supportTransactions.supportEntryId, entry.entityId)));
  if (!row) return null;
  const { deletedAt, ...transaction } = row;
  return { ...data, transaction: { ...transaction, withdrawn: deletedAt !== null } };
}

/** A report's state only: its narrative and snapshot hold items each reader reads by the sharing rule. */
async function reportData(tx: Transaction, owner: Actor, id: string): Promise<EventData | null> {
  const [report] = await tx
    .select({ id: countryReports.id, roundId: countryReports.roundId, countryCode: countryReports.countryCode, status: countryReports.status, submittedAt: countryReports.submittedAt, decidedAt: countryReports.decidedAt })
    .from(countryReports)
    .where(eq(countryReports.id, id));
  if (!report || !(await mayReadReport(tx, owner, report.countryCode, report.status))) return null;
  return { report: { ...report, submittedAt: day(report.submittedAt), decidedAt: day(report.decidedAt) } };
}

async function needData(tx: Transaction, owner: Actor, id: string): Promise<EventData | null> {
  const [need] = await tx
    .select({
      id: supportNeeds.id,
      countryCode: supportNeeds.countryCode,
      countryStepId: supportNeeds.countryStepId,
      kind: supportNeeds.kind,
      technicalCategory: supportNeeds.technicalCategory,
      description: supportNeeds.description,
      estimateAmount: supportNeeds.estimateAmount,
      estimateCurrency: supportNeeds.estimateCurrency,
      priority: supportNeeds.priority,
    })
    .from(supportNeeds)
    .where(eq(supportNeeds.id, id));
  if (!need || !can(owner, "support.read", { countryCode: need.countryCode })) return null;
  return { need };
}

/** The event's `data` as the owner reads it, or null when they may not: then the endpoint gets no delivery. */
export async function eventDataFor(tx: Transaction, owner: Actor, type: WebhookEventType, entry: AuditEntry): Promise<EventData | null> {
  switch (type) {
    case "milestone.logged":
    case "milestone.changed":
      return milestoneData(tx, owner, entry.entityId);
    case "step.status_changed":
      return stepData(tx, owner, entry.entityId);
    case "support.entry_changed":
      return supportEntryData(tx, owner, entry.entityId);
    case "support.transaction_changed":
      return supportTransactionData(tx, owner, entry);
    case "report.submitted":
    case "report.accepted":
      return reportData(tx, owner, entry.entityId);
    case "need.recorded":
      return needData(tx, owner, entry.entityId);
  }
}
