/** Writes evidence items (links and already checked files) onto a milestone, inside the caller's transaction. */
import type { Transaction } from "@/db/engine";
import { evidence, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import type { PreparedFile } from "@/lib/files/prepare-evidence-files";

export type EvidenceToAttach = {
  milestoneId: string;
  countryCode: string;
  links: { url: string; title: string }[];
  files: PreparedFile[];
};

export async function attachEvidence(tx: Transaction, actor: Actor, input: EvidenceToAttach): Promise<string[]> {
  const ids: string[] = [];
  const base = { milestoneId: input.milestoneId, countryCode: input.countryCode, addedById: actor.userId };
  for (const link of input.links) {
    const [row] = await tx.insert(evidence).values({ ...base, kind: "link", title: link.title, url: link.url }).returning({ id: evidence.id });
    ids.push(row!.id);
    await recordAudit(tx, actor, {
      action: "evidence.add",
      entityType: "evidence",
      entityId: row!.id,
      countryCode: input.countryCode,
      after: { milestoneId: input.milestoneId, kind: "link", title: link.title, url: link.url },
    });
  }
  for (const file of input.files) {
    const [stored] = await tx
      .insert(storedFiles)
      .values({ ...file, uploadedById: actor.userId })
      .returning({ id: storedFiles.id });
    const [row] = await tx
      .insert(evidence)
      .values({ ...base, kind: "file", title: file.originalName, fileId: stored!.id })
      .returning({ id: evidence.id });
    ids.push(row!.id);
    await recordAudit(tx, actor, {
      action: "evidence.add",
      entityType: "evidence",
      entityId: row!.id,
      countryCode: input.countryCode,
      after: { milestoneId: input.milestoneId, kind: "file", title: file.originalName, contentType: file.contentType, byteSize: file.byteSize },
    });
  }
  return ids;
}
