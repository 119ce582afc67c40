"use client";
/**
 * A download link that shows its progress: with JavaScript it fetches the file, saying how much has arrived
 * (and of how many rows) while a long export is written, then saves it. Without JavaScript it is a plain link.
 */
import { useFormatter, useTranslations } from "next-intl";
import { type MouseEvent, useState } from "react";

type Progress = { bytes: number; rows: number | null; state: "running" | "done" | "failed" };

function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

export function DownloadLink({ href, label, className }: { href: string; label: string; className?: string }) {
  const t = useTranslations("downloads");
  const format = useFormatter();
  const [progress, setProgress] = useState<Progress | null>(null);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || progress?.state === "running") return;
    event.preventDefault();
    setProgress({ bytes: 0, rows: null, state: "running" });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const rows = response.headers.get("x-export-rows");
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.byteLength;
        setProgress({ bytes, rows: rows === null ? null : Number(rows), state: "running" });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("content-type") ?? undefined }));
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameOf(response, href.split("/").pop() ?? "export");
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress({ bytes, rows: rows === null ? null : Number(rows), state: "done" });
    } catch {
      setProgress((current) => ({ bytes: current?.bytes ?? 0, rows: current?.rows ?? null, state: "failed" }));
    }
  }

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
      : format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });

  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <a href={href} onClick={download} className={className} aria-busy={progress?.state === "running"}>
        {label}
      </a>
      {progress ? (
        <span role="status" className="text-xs text-slate-600">
          {progress.state === "failed"
            ? t("failed")
            : progress.state === "done"
              ? t("done", { size: size(progress.bytes) })
              : progress.rows === null
                ? t("preparing", { size: size(progress.bytes) })
                : t("preparingRows", { size: size(progress.bytes), rows: progress.rows })}
        </span>
      ) : null}
    </span>
  );
}
