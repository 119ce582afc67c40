"use client";
/** The conflict notice of the support, library, experience and training forms: their fields, with the support catalogue's words around them. */
import { useTranslations } from "next-intl";
import { type ConflictField, ConflictNotice } from "@/components/ui/conflict-notice";

export function SavedVersionNotice({ fields }: { fields: ConflictField[] }) {
  const t = useTranslations("support.form");
  return <ConflictNotice heading={t("theirVersion")} note={t("keepOrChange")} fields={fields} />;
}
