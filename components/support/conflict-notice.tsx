"use client";
/** The conflict notice of the support, library, experience and training forms: their fields, with the support catalogue's words around them. */
import { useTranslations } from "next-intl";
import { type ConflictField, ConflictNotice } from "@/components/ui/conflict-notice";

/** Nothing until a save meets a newer version: `fields={current && [...]}`. */
export function SavedVersionNotice({ fields }: { fields: ConflictField[] | undefined }) {
  const t = useTranslations("support.form");
  if (!fields) return null;
  return <ConflictNotice heading={t("theirVersion")} note={t("keepOrChange")} fields={fields} />;
}
