"use client";
/**
 * The rewording form of a national step, loaded only where it shows (a national step, to someone who may tailor
 * the country's steps), so the step page does not carry it on first load (docs/performance.md).
 */
import { type ComponentProps, lazy } from "react";

const EditNationalStepForm = lazy(() => import("./edit-national-step-form").then((module) => ({ default: module.EditNationalStepForm })));

// A component, not the lazy itself: React cannot render a server component's reference that resolves to a lazy.
export function NationalStepWording(props: ComponentProps<typeof EditNationalStepForm>) {
  return <EditNationalStepForm {...props} />;
}
