/**
 * The IATI import's probe for lib/permissions.int.test.ts: `support.importIati` tried by each role for the scope's
 * agency (both the probe agencies have an IATI identifier), the outcome compared with `can()`. An upload writes the
 * stored file and the import in `reading`; its dry run is not started, so probes never wait on one.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { agencyIdOf } from "@/lib/testing/database";
import { startIatiImport } from "./start-iati-import";

type Scope = { agencyAcronym: string };
type Probe = (db: Database, actor: Actor, scope: Scope) => Promise<unknown>;

const probeFile = new TextEncoder().encode('<?xml version="1.0"?>\n<iati-activities version="2.03"></iati-activities>\n');

export function iatiImportProbes(): Record<"support.importIati", Probe> {
  return {
    "support.importIati": async (db, actor, scope) =>
      startIatiImport(db, actor, { agencyId: await agencyIdOf(db, scope.agencyAcronym) }, { fileName: "probe.xml", bytes: probeFile }),
  };
}
