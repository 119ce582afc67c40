"use client";
/** Adds web links and files to a milestone already logged. */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SharingChoice } from "@/components/sharing/sharing-choice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import type { AddEvidenceInput } from "@/lib/validation/progress";
import { EvidenceFields } from "./evidence-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export function AddEvidenceForm({ action, milestoneId }: { action: ServerAction; milestoneId: string }) {
  const t = useTranslations("evidence");
  const tSharing = useTranslations("sharing");
  const actionForm = useActionForm<AddEvidenceInput>({
    schema: () => import("@/lib/validation/progress").then((module) => module.addEvidenceSchema),
    action,
    defaultValues: { milestoneId, sharingLevel: "country" },
  });
  const typed = actionForm.state.status === "error" ? actionForm.state.values : undefined;
  const wrapper = useRef<HTMLDivElement>(null);
  const { state, form } = actionForm;
  // Once saved, the form empties for the next item.
  useEffect(() => {
    if (state.status !== "success") return;
    wrapper.current?.querySelector("form")?.reset();
    form.reset({ milestoneId, sharingLevel: "country" });
  }, [state, form, milestoneId]);
  return (
    <div ref={wrapper}>
      <ActionFormShell actionForm={actionForm} className="space-y-3">
        <input type="hidden" name="milestoneId" value={milestoneId} />
        <EvidenceFields<AddEvidenceInput> idPrefix="add" register={actionForm.form.register} errorFor={actionForm.errorFor} defaults={typed}>
          <SharingChoice<AddEvidenceInput>
            idPrefix="add"
            name="sharingLevel"
            legend={tSharing("evidenceLegend")}
            hint={tSharing("evidenceHint")}
            register={actionForm.form.register}
            initial={typed?.sharingLevel}
          />
        </EvidenceFields>
        <SubmitButton actionForm={actionForm} variant="secondary" label={t("add")} pendingLabel={t("adding")} />
      </ActionFormShell>
    </div>
  );
}
