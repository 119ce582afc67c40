/** The documents' addresses and file names: `/reports/rounds/{id}.pdf`, `…/countries/BJ.docx` end in their format, as the exports' do. */

/** "BJ.docx" → { name: "BJ", format: "docx" }; anything else is no document. */
export function documentFile(segment: string): { name: string; format: "pdf" | "docx" } | null {
  const match = /^(.+)\.(pdf|docx)$/.exec(segment);
  return match ? { name: match[1]!, format: match[2] as "pdf" | "docx" } : null;
}

/** A document's file name from its parts ("socle", the round's name, "BJ"), each reduced to letters, digits and dashes. */
export function documentFileName(parts: string[], format: "pdf" | "docx"): string {
  return `${parts.map((part) => part.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")).filter(Boolean).join("-")}.${format}`;
}
