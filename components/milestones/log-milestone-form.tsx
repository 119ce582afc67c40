"use client";
/**
 * Logs a milestone on a step: what happened, when, evidence, and optionally the step's new status. Without
 * JavaScript it posts to the server action; with it, it checks as you type and saves optimistically.
 */
import { onlineManager, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ActionState, ServerAction } from "@/lib/forms/action-state";
import { ProgressConflictNotice } from "@/components/progress/conflict-notice";
import { SharingChoice } from "@/components/sharing/sharing-choice";
import { useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { fieldRenderer } from "@/components/ui/form-fields";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Options } from "@/components/ui/options";
import type { stepStatuses } from "@/db/schema/values";
import type { LogMilestoneInput } from "@/lib/validation/progress";
import { filesFitInQueue, queuedCreateOf, queuedFilesLimitMegabytes } from "@/components/offline/queue";
import { useDeviceRecord } from "@/components/offline/on-device";
import { EvidenceFields } from "./evidence-fields";
import { previewOf, RefusedSave, useLogMilestone } from "./use-log-milestone";

type Props = {
  action: ServerAction;
  countryCode: string;
  countryStepId: string;
  stepVersion: number;
  stepStatus: (typeof stepStatuses)[number];
  /** The latest date allowed, computed on the server so both sides agree. */
  maxDate: string;
  /** The step's milestones planned ahead and not logged yet, worded on the server (decision 2030); one may be chosen already. */
  planned?: PlannedChoices;
};

export type PlannedChoices = { label: string; none: string; hint: string; choices: { value: string; label: string; title: string }[]; chosen: string };

export function LogMilestoneForm({ action, countryCode, countryStepId, stepVersion, stepStatus, maxDate, planned }: Props) {
  const t = useTranslations("milestone");
  const tOffline = useTranslations("offline");
  const tSharing = useTranslations("sharing");
  const defaults = {
    countryCode,
    countryStepId,
    stepVersion: String(stepVersion),
    statusChange: "" as const,
    sharingLevel: "country" as const,
    evidenceSharingLevel: "country" as const,
    // "Log it" on a planned milestone opens the form for it, its title written already.
    plannedMilestoneId: planned?.chosen ?? "",
    title: planned?.choices.find((choice) => choice.value === planned.chosen)?.title ?? "",
  };
  const actionForm = useActionForm<LogMilestoneInput>({ schema: () => import("@/lib/validation/progress").then((module) => module.logMilestoneSchema), action, defaultValues: defaults });
  const { form } = actionForm;
  const mutation = useLogMilestone(countryStepId);
  const client = useQueryClient();
  const device = useDeviceRecord();
  const [answer, setAnswer] = useState<ActionState | null>(null);
  // With JavaScript the mutation answers; without it, the page comes back with the action's state.
  const state = answer ?? actionForm.state;
  const typed = state.status === "error" ? state.values : undefined;

  // After a save elsewhere moved the step, the page brings its new version: later status changes start from it.
  useEffect(() => form.setValue("stepVersion", String(stepVersion)), [form, stepVersion]);

  const errorFor = (name: Parameters<typeof actionForm.errorFor>[0]) => {
    const clientMessage = form.getFieldState(name, form.formState).error ? actionForm.errorFor(name) : undefined;
    return clientMessage ?? state.fieldErrors?.[name];
  };

  const onSubmit = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (!(element instanceof HTMLFormElement)) return;
    const formData = new FormData(element);
    const queued = !onlineManager.isOnline();
    const create = queuedCreateOf(formData, previewOf(formData), queued);
    const clear = () => {
      element.reset();
      form.reset({ ...defaults, title: "", plannedMilestoneId: "", stepVersion: form.getValues("stepVersion") });
    };
    if (queued) {
      // Without a connection the milestone waits on this device with its files, up to the limit the form states.
      if (!filesFitInQueue(client.getMutationCache().getAll(), create)) {
        return setAnswer({ status: "error", message: t("filesTooLargeForQueue", { maximum: queuedFilesLimitMegabytes }) });
      }
      mutation.mutate(create);
      clear();
      setAnswer(null);
      // Said kept once the device holds it; the item shows it is being kept meanwhile.
      void device.settled(create.idempotencyKey).then((kept) => setAnswer(kept ? { status: "success", message: t("queued") } : { status: "error", message: tOffline("notKeptForm") }));
      return;
    }
    setAnswer(null);
    mutation.mutate(create, {
      onSuccess: (saved) => {
        setAnswer(saved);
        clear();
      },
      onError: (error) => {
        const refused = error instanceof RefusedSave ? error.state : { status: "error" as const, message: t("notSent") };
        setAnswer(refused);
        const current = refused.current as { kind?: string; version?: number } | undefined;
        if (current?.kind === "step" && current.version) form.setValue("stepVersion", String(current.version));
      },
    });
  });

  const statusOptions = [
    ...(stepStatus === "not_started" ? (["in_progress"] as const) : []),
    ...(stepStatus === "not_started" || stepStatus === "in_progress" ? (["completed"] as const) : []),
  ];
  const { field } = fieldRenderer(actionForm, "log", errorFor);
  const statusChange = form.watch("statusChange");
  const scripted = useHydrated();

  return (
    <>
      <h3 id="log-milestone-heading" className="mb-4 text-base font-semibold">
        {t("logTitle")}
      </h3>
      <FormShell
        state={state}
        success
        errorTitle={t("notSaved")}
        action={actionForm.formAction}
        onSubmit={onSubmit}
        onFocus={actionForm.preload}
        onChange={actionForm.preload}
        noValidate
        className="space-y-4"
        aria-labelledby="log-milestone-heading"
      >
      {state.status === "error" ? <ProgressConflictNotice current={state.current} /> : null}
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="countryStepId" value={countryStepId} />
      <input type="hidden" defaultValue={String(stepVersion)} {...form.register("stepVersion")} />
      {planned && planned.choices.length > 0
        ? field(
            "plannedMilestoneId",
            planned.label,
            (props) => (
              <Select className="sm:w-80" {...props}>
                <Options choices={planned.choices} blank={planned.none} />
              </Select>
            ),
            planned.hint,
          )
        : null}
      {field("title", t("title"), (props) => <Input {...props} />)}
      {field("occurredOn", t("occurredOn"), (props) => <Input type="date" max={maxDate} className="sm:w-56" {...props} />, t("occurredOnHint"))}
      {field("description", t("description"), (props) => <Textarea {...props} />)}
      <SharingChoice<LogMilestoneInput>
        idPrefix="log"
        name="sharingLevel"
        legend={tSharing("milestoneLegend")}
        register={form.register}
        initial={typed?.sharingLevel}
      />
      <EvidenceFields<LogMilestoneInput> idPrefix="log" register={form.register} errorFor={errorFor} defaults={typed}>
        <SharingChoice<LogMilestoneInput>
          idPrefix="log"
          name="evidenceSharingLevel"
          legend={tSharing("evidenceLegend")}
          hint={tSharing("evidenceHint")}
          register={form.register}
          initial={typed?.evidenceSharingLevel}
        />
      </EvidenceFields>
      {statusOptions.length > 0 ? (
        <>
          <Field id="log-statusChange" label={t("statusChange")}>
            <Select defaultValue={typed?.statusChange ?? ""} className="sm:w-80" {...form.register("statusChange")}>
              <Options choices={statusOptions.map((option) => ({ value: option, label: t(option === "completed" ? "statusToCompleted" : "statusToInProgress") }))} blank={t("statusUnchanged")} />
            </Select>
          </Field>
          {/* Without JavaScript the note is always offered; with it, only once completing is chosen. */}
          <div className={statusChange === "completed" || !scripted ? undefined : "hidden"}>
            {field("signOffNote", t("signOffNote"), (props) => <Textarea className="min-h-16" {...props} />, t("signOffNoteHint"))}
          </div>
        </>
      ) : null}
      <p className="text-sm text-slate-600">{t("offlineHint", { maximum: queuedFilesLimitMegabytes })}</p>
      <Button type="submit" disabled={(mutation.isPending && !mutation.isPaused) || actionForm.pending}>
        {(mutation.isPending && !mutation.isPaused) || actionForm.pending ? t("logging") : t("log")}
      </Button>
      </FormShell>
    </>
  );
}
