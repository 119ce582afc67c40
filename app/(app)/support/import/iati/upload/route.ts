/**
 * The IATI file's upload: a plain form post (no JavaScript) or the same form sent by XMLHttpRequest to show upload
 * progress, both answered with a redirect: to the import's page, whose dry run starts after this answer, or back to
 * the form with the refusal's message key. A route rather than a server action, so that both ways are one request.
 */
import { after } from "next/server";
import { getDb } from "@/db";
import { answerableError } from "@/lib/errors";
import { runIatiDryRun } from "@/lib/iati/import/run-iati-dry-run";
import { startIatiImport } from "@/lib/iati/import/start-iati-import";
import { uploadedFile } from "@/lib/imports/uploaded-file";
import { getActor } from "@/lib/session";

export const dynamic = "force-dynamic";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent("/support/import/iati")}`);
  try {
    const form = await request.formData();
    const db = await getDb();
    const { id } = await startIatiImport(db, actor, { agencyId: form.get("agencyId"), sectorCodes: form.get("sectorCodes") }, await uploadedFile(form.get("file")));
    after(() => runIatiDryRun(db, id));
    return seeOther(`/support/import/iati/${id}`);
  } catch (thrown) {
    const error = answerableError(thrown);
    if (!error) throw thrown;
    // The key only: the page translates it, checked against its catalogue, so a link cannot put words on the page.
    const message = Object.values(error.fieldErrors)[0] ?? error.message;
    return seeOther(`/support/import/iati?refused=${encodeURIComponent(message)}`);
  }
}
