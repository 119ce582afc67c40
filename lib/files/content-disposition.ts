/** The one Content-Disposition of every download Socle sends (RFC 6266): an ASCII fallback and the exact UTF-8 name. */

export function attachment(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
