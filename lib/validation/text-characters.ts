/**
 * The characters no text in Socle may hold, in one place and free of Zod so the browser, the input rule and the
 * writers of XML share it: PostgreSQL refuses NUL, XML 1.0 refuses other C0 controls, U+FFFE/U+FFFF and lone
 * surrogates; C1 controls and DEL are invisible and only ever arrive by accident or attack.
 */

/** C0 controls but tab, line feed and carriage return; DEL and C1; U+FFFE/U+FFFF; a surrogate without its pair. */
const illegalInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasIllegalCharacters(text: string): boolean {
  return illegalInText.test(text);
}

/** What XML 1.0 cannot hold at all (C1 and DEL it can). */
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text stored before the input rule, made writable as XML: what XML cannot hold becomes U+FFFD, so the loss shows. */
export function xmlLegalText(text: string): string {
  return text.replace(notXml, "\ufffd");
}

/** Bidirectional controls (embeddings, overrides, isolates, marks): in a file name they can hide its real extension. */
export const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const illegalEverywhere = new RegExp(illegalInText.source, "g");

/** A name for a file or a download built from data: without what the text rule refuses, line breaks, tabs and bidi controls. */
export function fileNameText(name: string): string {
  return name.replace(illegalEverywhere, "").replace(/[\t\n\r]/g, "").replace(bidiControls, "");
}
