"use client";
/** The conflict notice of a step's status, a milestone or a national step; its details load only once a save meets a newer version. */
import { useTranslations } from "next-intl";
import { lazy } from "react";
import type { ConflictView } from "./conflict-details";

// No Suspense boundary above: the server writes the details into the page, and a save's result waits for them
// (decision 1170). If they cannot load, the notice says so, so that nobody saves over a version they did not see.
const ProgressConflictDetails = lazy(() =>
  import("./conflict-details").then(
    (module) => ({ default: module.ProgressConflictDetails }),
    () => ({ default: DetailsUnavailable }),
  ),
);

function DetailsUnavailable() {
  const t = useTranslations("conflict");
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-notice">
      {t("detailsUnavailable")}
    </p>
  );
}

function isConflictView(value: unknown): value is ConflictView {
  return typeof value === "object" && value !== null && "kind" in value && "version" in value;
}

export function ProgressConflictNotice({ current }: { current: unknown }) {
  return isConflictView(current) ? <ProgressConflictDetails current={current} /> : null;
}
