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

/** "BJ.docx" → { name: "BJ", format: "docx" }: the documents' addresses end in their format, as the exports' do. */
export function documentFile(segment: string): { name: string; format: "pdf" | "docx" } | null {
  const match = /^(.+)\.(pdf|docx)$/.exec(segment);
  return match ? { name: match[1]!, format: match[2] as "pdf" | "docx" } : null;
}

/** A document's file name from its parts ("socle", the round's name, "BJ"), each reduced to letters, digits and dashes. */
export function documentFileName(parts: string[], format: "pdf" | "docx"): string {
  return `${parts.map((part) => part.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")).filter(Boolean).join("-")}.${format}`;
}
