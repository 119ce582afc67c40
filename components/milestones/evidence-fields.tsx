"use client";
/** The evidence part of a form: a few web link rows and a file picker. Used when logging a milestone and when adding evidence. */
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { linkRowsPerForm } from "@/lib/validation/form-constants";
import { maxEvidenceFileMegabytes, maxFilesPerUpload } from "@/lib/validation/upload-limits";

/** A hint to the browser's file picker; the server decides by content. */
const accept = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ppsx,image/*";

type EvidenceValues = FieldValues & { links?: unknown; files?: unknown };

export function EvidenceFields<Values extends EvidenceValues>({
  idPrefix,
  register,
  errorFor,
  defaults,
  children,
}: {
  idPrefix: string;
  register: UseFormRegister<Values>;
  errorFor: (name: Path<Values>) => string | undefined;
  /** What was typed before a refusal, when the page came back without JavaScript. */
  defaults?: Record<string, string>;
  /** More fields about the evidence (who may see it), after the files. */
  children?: React.ReactNode;
}) {
  const t = useTranslations("evidence");
  const filesHint = t("filesHint", { count: maxFilesPerUpload, maximum: maxEvidenceFileMegabytes });
  const filesError = errorFor("files" as Path<Values>);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t("legend")}</legend>
      <p className="text-sm text-slate-600">{t("linksHint")}</p>
      {Array.from({ length: linkRowsPerForm }, (_, row) => {
        const urlName = `links.${row}.url` as Path<Values>;
        const titleName = `links.${row}.title` as Path<Values>;
        const urlError = errorFor(urlName);
        const titleError = errorFor(titleName);
        const urlId = `${idPrefix}-link-${row}-url`;
        const titleId = `${idPrefix}-link-${row}-title`;
        return (
          <div key={row} className="grid gap-2 sm:grid-cols-2">
            <Field id={titleId} label={t("linkTitle", { number: row + 1 })} error={titleError}>
              <Input defaultValue={defaults?.[titleName]} {...register(titleName)} />
            </Field>
            <Field id={urlId} label={t("linkUrl", { number: row + 1 })} error={urlError}>
              <Input
                type="url"
                inputMode="url"
                placeholder="https://"
                defaultValue={defaults?.[urlName]}
                {...register(urlName)}
              />
            </Field>
          </div>
        );
      })}
      <Field id={`${idPrefix}-files`} label={t("files")} hint={filesHint} error={filesError}>
        <Input
          id={`${idPrefix}-files`}
          type="file"
          multiple
          accept={accept}
          className="py-1.5"
          {...register("files" as Path<Values>)}
        />
      </Field>
      {children}
    </fieldset>
  );
}
