/**
 * For tests: validates XML against the official IATI 2.03 activity schema with libxml2's xmllint compiled to WebAssembly.
 * The schema files live beside the project (../shared/iati-2.03, never copied in); IATI_SCHEMA_DIR overrides the
 * place for a checkout that lives elsewhere.
 */
import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

export function iatiSchemaFolder(root = process.cwd()): string {
  return process.env.IATI_SCHEMA_DIR ?? path.resolve(root, "..", "shared", "iati-2.03");
}

export async function validateIati(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const folder = iatiSchemaFolder();
  const main = path.join(folder, "iati-activities-schema.xsd");
  if (!fs.existsSync(main)) {
    throw new Error(`The IATI 2.03 schema is missing: expected ${main} (the shared folder beside the repository, or set IATI_SCHEMA_DIR).`);
  }
  const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(folder, name), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "export.xml", contents: xml }],
    schema: [read("iati-activities-schema.xsd")],
    preload: [read("iati-common.xsd"), read("xml.xsd")],
    maxMemoryPages: 16 * 1024, // 1 GiB at most; an export of a few thousand activities needs far less
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}
