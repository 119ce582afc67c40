/** Writes evidence items (links and already checked files) onto a milestone, inside the caller's transaction. */
import type { Transaction } from "@/db/engine";
import { evidence, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import type { PreparedFile } from "@/lib/files/prepare-evidence-files";

export type EvidenceToAttach = {
  milestoneId: string;
  countryCode: string;
  sharingLevel: "country" | "all";
  links: { url: string; title: string }[];
  files: PreparedFile[];
};

export async function attachEvidence(tx: Transaction, actor: Actor, input: EvidenceToAttach): Promise<string[]> {
  const items: { row: { kind: "link" | "file"; title: string; url?: string; fileId?: string }; audit: Record<string, unknown> }[] =
    input.links.map((link) => ({ row: { kind: "link", title: link.title, url: link.url }, audit: { url: link.url } }));
  for (const file of input.files) {
    const [stored] = await tx.insert(storedFiles).values({ ...file, uploadedById: actor.userId }).returning({ id: storedFiles.id });
    items.push({ row: { kind: "file", title: file.originalName, fileId: stored!.id }, audit: { contentType: file.contentType, byteSize: file.byteSize } });
  }
  const ids: string[] = [];
  for (const { row, audit } of items) {
    const [added] = await tx
      .insert(evidence)
      .values({ ...row, milestoneId: input.milestoneId, countryCode: input.countryCode, sharingLevel: input.sharingLevel, addedById: actor.userId })
      .returning({ id: evidence.id });
    ids.push(added!.id);
    await recordAudit(tx, actor, {
      action: "evidence.add",
      entityType: "evidence",
      entityId: added!.id,
      countryCode: input.countryCode,
      after: { milestoneId: input.milestoneId, kind: row.kind, title: row.title, sharingLevel: input.sharingLevel, ...audit },
    });
  }
  return ids;
}
