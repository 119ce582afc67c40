/**
 * Answers a Word document download (decision 2060): the actor (else a 401), the document written by a lib/ function
 * that checks the report's read rule first, in the request's language and formats; every refusal as the JSON error
 * body every download answers (route-errors.ts).
 */
import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { documentWordsOf } from "@/components/reports/document-words";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { attachment } from "@/lib/files/content-disposition";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate-message";
import { docxContentType } from "@/lib/reports/docx/builders";
import type { DocumentWords } from "@/lib/reports/docx/words";
import { respondToActor } from "./route-errors";

/** The request's language, translator and formats, as documents and the print pages drawn from the same outline take them. */
export async function requestDocumentWords(): Promise<DocumentWords> {
  const [locale, t, format] = await Promise.all([getLocale(), getTranslations(), getFormatter()]);
  return documentWordsOf(locale as Locale, t as unknown as Translator, format);
}

export type WrittenDocument = { fileName: string; bytes: Uint8Array };

export function docxResponse(write: (request: { db: Database; actor: Actor; words: DocumentWords }) => Promise<WrittenDocument>): Promise<Response> {
  return respondToActor(async ({ db, actor }) => {
    const { fileName, bytes } = await write({ db, actor, words: await requestDocumentWords() });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": docxContentType,
        "Content-Disposition": attachment(fileName),
        "Content-Length": String(bytes.byteLength),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
