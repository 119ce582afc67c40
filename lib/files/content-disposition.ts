/**
 * The one Content-Disposition of every download Socle sends (RFC 6266): always an attachment, a quoted ASCII
 * name no value can break out of, and, when the name is not plain ASCII, the exact name as RFC 8187 UTF-8.
 */

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes all but RFC 8187's attr-chars: encodeURIComponent leaves ' ( ) * and ! as they are. */
const extValue = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachment(name: string): string {
  const exact = name.replace(loneSurrogate, "\ufffd");
  const ascii = exact.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return ascii === exact ? `attachment; filename="${ascii}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${extValue(exact)}`;
}
