/** The file a form sent to an import, as its name and bytes; refused on the form's file field when none was chosen or it is empty. */
import { invalid } from "@/lib/errors";

export async function uploadedFile(file: unknown): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!(file instanceof File) || file.size === 0) throw invalid({ file: file instanceof File && file.name ? "import.fileEmpty" : "import.fileMissing" });
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
