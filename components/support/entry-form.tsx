"use client";
/**
 * Add or edit a support entry. Checks as you type with the server's schema; without JavaScript every field
 * shows and the server answers. A save over a newer version shows that version and keeps what was typed. A new
 * financial entry may record its amount at once as pledged or committed, its first transaction.
 */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Select, Textarea } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { firstTransactionTypes, supportKinds, supportStatuses, technicalCategories } from "@/lib/forms/choices";
import { isOneOf } from "@/lib/i18n/message-key";
import type { SupportEntryFormValues } from "@/lib/support/entries";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "./conflict-notice";
import { Options } from "@/components/ui/options";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { CategoryField, MoneyFields } from "./support-fields";
import type { ServerAction } from "@/lib/forms/action-state";
import { type FundingChoices, FundingSourceFields } from "@/components/funding/funding-source-fields";

export type EntryFormValues = Omit<SupportEntryFormValues, "id" | "version"> & {
  id?: string;
  version?: string | number;
  countryCode?: string;
  agencyId?: string;
  answersNeedId?: string;
  /** A new financial entry's first transaction: blank for none, and its day. */
  firstTransactionType?: string;
  firstTransactionOn?: string;
};
type Option = { value: string; label: string };

export function EntryForm({
  action,
  mode,
  initial,
  steps,
  agencies,
  currencies,
  funding,
}: {
  action: ServerAction;
  mode: "add" | "edit";
  initial: EntryFormValues;
  steps: Option[];
  /** More than one: a coordinator chooses; one: the adviser's own agency, fixed. Not shown when editing. */
  agencies: Option[];
  currencies: string[];
  /** The members money may come from, and the entries a pass-through may name. */
  funding: FundingChoices;
}) {
  const t = useTranslations("support");
  const tForm = useTranslations("support.form");
  const schema = () =>
    import("@/lib/validation/support").then((module) => (mode === "add" ? module.addSupportEntrySchema : module.editSupportEntrySchema) as unknown as z.ZodMiniType<unknown, EntryFormValues>);
  const actionForm = useActionForm<EntryFormValues>({ schema, action, defaultValues: initial });
  const { form, state } = actionForm;
  const { field, hidden } = fieldRenderer(actionForm, "entry");
  const current = state.current as SupportEntryFormValues | undefined;

  // Fields of the other kind hide only once JavaScript runs; without it, every field is there.
  const mounted = useHydrated();
  const kind = form.watch("kind");
  const showMoney = !mounted || kind === "financial";
  const firstTransaction = form.watch("firstTransactionType");
  const fundingSource = form.watch("fundingSource");
  const fundingMember = form.watch("fundingAgencyId");


  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: tForm("title"), value: current.title },
            { label: t("kindLabel"), value: t(`kind.${current.kind}`) },
            { label: t("statusLabel"), value: t(`status.${current.status}`) },
            { label: t("categoryLabel"), value: isOneOf(technicalCategories, current.technicalCategory) ? t(`category.${current.technicalCategory}`) : "" },
            { label: tForm("amount"), value: current.amount ? `${current.amount} ${current.currency}` : "" },
            { label: tForm("startDate"), value: current.startDate },
            { label: tForm("endDate"), value: current.endDate },
            { label: tForm("description"), value: current.description },
            { label: tForm("deliverables"), value: current.deliverables },
            { label: tForm("reference"), value: current.reference },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : (
        <>
          {hidden("countryCode")}
          {initial.answersNeedId ? hidden("answersNeedId") : null}
          {agencies.length === 1 ? hidden("agencyId") : (
            field("agencyId", t("agency"), (props) => (
              <Select {...props}>
                <Options blank={tForm("chooseAgency")} choices={agencies} />
              </Select>
            ))
          )}
        </>
      )}
      <ChoiceGroup type="radio" actionForm={actionForm} name="kind" legend={t("kindLabel")} choices={supportKinds.map((value) => ({ value, label: t(`kind.${value}`) }))} />
      {field("title", tForm("title"), (props) => <Input {...props} />)}
      {field("countryStepId", t("step"), (props) => (
        <Select {...props}>
          <Options blank={tForm("noStep")} choices={steps} />
        </Select>
      ))}
      <CategoryField field={field} name="technicalCategory" hint={tForm("categoryHint")} />
      {field("status", t("statusLabel"), (props) => (
        <Select {...props}>
          <Options choices={supportStatuses.map((value) => ({ value, label: t(`status.${value}`) }))} />
        </Select>
      ))}
      {showMoney ? (
        <MoneyFields field={field} amount={{ name: "amount", label: tForm("amount"), hint: tForm("amountHint") }} currency="currency" currencies={currencies} listId="entry-currencies" />
      ) : null}
      {showMoney ? (
        <FundingSourceFields
          field={field}
          names={{ source: "fundingSource", agency: "fundingAgencyId", donor: "fundingDonor", passThrough: "passThroughOfEntryId" }}
          source={fundingSource}
          member={fundingMember}
          mounted={mounted}
          choices={funding}
        />
      ) : null}
      {showMoney && mode === "add" ? (
        <div className="space-y-3">
          <ChoiceGroup
            type="radio"
            actionForm={actionForm}
            name="firstTransactionType"
            legend={tForm("firstTransaction")}
            hint={tForm("firstTransactionHint")}
            choices={[{ value: "", label: tForm("firstTransactionNone") }, ...firstTransactionTypes.map((value) => ({ value, label: t(`flow.${value}`) }))]}
          />
          {!mounted || firstTransaction ? field("firstTransactionOn", tForm("firstTransactionOn"), (props) => <Input type="date" {...props} />) : null}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("startDate", tForm("startDate"), (props) => <Input type="date" {...props} />)}
        {field("endDate", tForm("endDate"), (props) => <Input type="date" {...props} />)}
      </div>
      {field("description", tForm("description"), (props) => <Textarea {...props} />)}
      {field("deliverables", tForm("deliverables"), (props) => <Textarea {...props} />)}
      {field("reference", tForm("reference"), (props) => <Input autoComplete="off" {...props} />, tForm("referenceHint"))}
      <SubmitButton actionForm={actionForm} label={mode === "add" ? tForm("add") : tForm("save")} pendingLabel={tForm("saving")} />
    </ActionFormShell>
  );
}
