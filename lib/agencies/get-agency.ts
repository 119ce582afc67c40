/** One agency for the coordinators' edit form. */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import * as z from "zod/mini";
import { type AgencyRecord, findAgency } from "./agency-record";

export async function getAgency(db: Queryable, actor: Actor, id: unknown): Promise<AgencyRecord> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound();
  assertCan(actor, "agency.manage", { agencyId: parsed.data });
  const agency = await findAgency(db, parsed.data);
  if (!agency) throw notFound();
  return agency;
}
