"use client";
/**
 * The IATI upload form: a plain multipart form posted to the upload route, which works without JavaScript. With it,
 * the same form data is sent by XMLHttpRequest so that a large file shows its upload progress, and the browser then
 * goes where the route redirected (the import's page, or back here with the refusal). A file over the limit is
 * refused before it is sent.
 */
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";

export function IatiUploadForm({ action, maxBytes, children }: { action: string; maxBytes: number; children: ReactNode }) {
  const t = useTranslations("iatiImport");
  const [progress, setProgress] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  function send(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge(true);
      return;
    }
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.upload.addEventListener("progress", (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress(Math.round((progressEvent.loaded / progressEvent.total) * 100));
    });
    request.addEventListener("load", () => window.location.assign(request.responseURL || action));
    // A network failure: send it the plain way, which shows the browser's own error.
    request.addEventListener("error", () => form.submit());
    request.open("POST", form.action);
    setProgress(0);
    request.send(new FormData(form));
  }

  return (
    <form action={action} method="post" encType="multipart/form-data" className="space-y-4" onSubmit={send} onChange={() => setTooLarge(false)}>
      {children}
      {tooLarge ? (
        <p role="alert" className="text-sm text-red-700">
          {t("fileTooLarge", { maximum: Math.round(maxBytes / 1024 / 1024) })}
        </p>
      ) : null}
      {progress === null ? null : (
        <div role="status" className="space-y-1 text-sm">
          <label htmlFor="iati-upload-progress">{t("uploading")}</label>
          <progress id="iati-upload-progress" max={100} value={progress} aria-label={t("uploadProgress")} className="block w-full">
            {progress}%
          </progress>
        </div>
      )}
      <Button type="submit" disabled={progress !== null}>
        {t("upload")}
      </Button>
    </form>
  );
}
