import { describe, expect, it } from "vitest";
import { detectEvidenceType, downloadName } from "./detect-evidence-type";
import {
  sampleDocm,
  sampleDocx,
  sampleExecutable,
  sampleHtml,
  sampleLegacyOffice,
  samplePdf,
  samplePng,
  sampleXlsx,
} from "./sample-files";

describe("evidence types are told by content", () => {
  it("accepts PDF, Office Open XML and pictures", async () => {
    expect(await detectEvidenceType(samplePdf())).toEqual({ contentType: "application/pdf", extension: "pdf" });
    expect(await detectEvidenceType(samplePng())).toEqual({ contentType: "image/png", extension: "png" });
    expect((await detectEvidenceType(sampleDocx()))?.extension).toBe("docx");
    expect((await detectEvidenceType(sampleXlsx()))?.extension).toBe("xlsx");
  });

  it("tells the Office 97–2003 formats apart by the stream inside the container", async () => {
    expect(await detectEvidenceType(sampleLegacyOffice("WordDocument"))).toEqual({ contentType: "application/msword", extension: "doc" });
    expect((await detectEvidenceType(sampleLegacyOffice("Workbook")))?.contentType).toBe("application/vnd.ms-excel");
    expect((await detectEvidenceType(sampleLegacyOffice("PowerPoint Document")))?.contentType).toBe("application/vnd.ms-powerpoint");
  });

  it("refuses programs, web pages, macro documents and other containers, whatever their name", async () => {
    expect(await detectEvidenceType(sampleExecutable())).toBeNull();
    expect(await detectEvidenceType(sampleHtml())).toBeNull();
    expect(await detectEvidenceType(sampleDocm())).toBeNull();
    expect(await detectEvidenceType(sampleLegacyOffice("SummaryInformation"))).toBeNull();
    expect(await detectEvidenceType(new Uint8Array())).toBeNull();
  });
});

describe("download names", () => {
  it("keeps a name that matches its type and strips paths and control characters", () => {
    expect(downloadName("Décret n°2024-12.pdf", "pdf")).toBe("Décret n°2024-12.pdf");
    expect(downloadName("C:\\Users\\me\\photo.JPEG", "jpg")).toBe("photo.JPEG");
    expect(downloadName('../../evil"\n.pdf', "pdf")).toBe("evil.pdf");
  });

  it("drops right-to-left overrides and other bidirectional controls, which could hide the real extension", () => {
    for (const control of ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]) {
      expect(downloadName(`invoice${control}fdp.exe`, "pdf")).toBe("invoicefdp.exe.pdf");
    }
    expect(downloadName("rapport\u0085\uffff.pdf", "pdf")).toBe("rapport.pdf");
  });

  it("adds the real extension when the name says otherwise", () => {
    expect(downloadName("report.exe", "pdf")).toBe("report.exe.pdf");
    expect(downloadName("", "png")).toBe("evidence.png");
  });
});
