import { describe, expect, it } from "vitest";
import { documentFile, documentFileName } from "./document-file";

describe("a document's address and file name", () => {
  it("reads the format from the address's end, and nothing else as a document", () => {
    expect(documentFile("BJ.docx")).toEqual({ name: "BJ", format: "docx" });
    expect(documentFile("1f0c5b9e-0000-4000-8000-000000000000.pdf")).toEqual({ name: "1f0c5b9e-0000-4000-8000-000000000000", format: "pdf" });
    for (const segment of ["BJ", "BJ.doc", "BJ.PDF", ".pdf", "BJ.docx.html"]) expect(documentFile(segment), segment).toBeNull();
  });

  it("names the file from plain letters and digits, whatever the round is called", () => {
    expect(documentFileName(["socle", "Premier semestre 2025", "BJ"], "docx")).toBe("socle-Premier-semestre-2025-BJ.docx");
    expect(documentFileName(["socle", 'Año "2025"/\\ñ', "PE"], "pdf")).toBe("socle-Ano-2025-n-PE.pdf");
    expect(documentFileName(["socle", "…", "TG"], "pdf")).toBe("socle-TG.pdf");
  });
});
