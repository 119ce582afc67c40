"use client";
/**
 * The conflict notice of a step's status, a milestone or a national step. Its details load only when a save meets
 * a newer version, so forms do not carry them on first load (docs/performance.md). The page holds no Suspense
 * boundary: a page sent after a refused save without JavaScript renders them in full, and with JavaScript the
 * action's result waits for them before it shows.
 */
import { type ComponentType, lazy } from "react";
import type { ConflictView } from "./conflict-details";

// If they cannot load, the form's alert still says that someone saved a newer version, and what was typed stays.
const ProgressConflictDetails = lazy<ComponentType<{ current: ConflictView }>>(() => import("./conflict-details").catch(() => ({ default: () => null })));

function isConflictView(value: unknown): value is ConflictView {
  return typeof value === "object" && value !== null && "kind" in value && "version" in value;
}

export function ProgressConflictNotice({ current }: { current: unknown }) {
  return isConflictView(current) ? <ProgressConflictDetails current={current} /> : null;
}
