"use client";
/** The fields the support entry and need forms share: a technical category, and an amount in a currency (codes suggested while typing). */
import { useTranslations } from "next-intl";
import type { ReactElement } from "react";
import { Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { technicalCategories } from "@/lib/forms/choices";

/** A form's `field` from fieldRenderer (components/ui/form-fields.tsx). */
type FieldOf<Name extends string> = (name: Name, label: string, control: (props: object) => ReactElement<object>, hint?: string) => ReactElement;

export function CategoryField<Name extends string>({ field, name, hint }: { field: FieldOf<Name>; name: Name; hint: string }) {
  const t = useTranslations("support");
  const tForm = useTranslations("support.form");
  const choices = technicalCategories.map((value) => ({ value, label: t(`category.${value}`) }));
  return field(name, t("categoryLabel"), (props) => (
    <Select {...props}>
      <Options blank={tForm("noCategory")} choices={choices} />
    </Select>
  ), hint);
}

export function MoneyFields<Name extends string>({
  field,
  amount,
  currency,
  currencies,
  listId,
}: {
  field: FieldOf<Name>;
  amount: { name: Name; label: string; hint: string };
  currency: Name;
  /** ISO 4217 codes offered while typing (the server checks the code in any case). */
  currencies: string[];
  listId: string;
}) {
  const tForm = useTranslations("support.form");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field(amount.name, amount.label, (props) => <Input inputMode="decimal" autoComplete="off" {...props} />, amount.hint)}
      {field(currency, tForm("currency"), (props) => <Input list={listId} autoComplete="off" maxLength={3} className="uppercase" {...props} />, tForm("currencyHint"))}
      <datalist id={listId}>
        {currencies.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </div>
  );
}
