"use client";
/** Choosing a new password through a reset link: checked as typed; then a way to sign in. */
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/action-form";
import type { ResetPasswordInput } from "@/lib/validation/users";
import { OneTimeLinkForm } from "./one-time-link-form";
import type { ServerAction } from "@/lib/forms/action-state";

export function ResetPasswordForm({ action, token }: { action: ServerAction; token: string }) {
  const t = useTranslations("passwordResetPage");
  const actionForm = useActionForm<ResetPasswordInput>({ schema: () => import("@/lib/validation/users").then((module) => module.resetPasswordSchema), action, defaultValues: { token } });
  return <OneTimeLinkForm actionForm={actionForm} namespace="passwordResetPage" token={token} passwordField={{ name: "newPassword", label: t("newPassword") }} />;
}
