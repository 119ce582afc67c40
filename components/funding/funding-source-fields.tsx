"use client";
/**
 * The entry form's funding source: the agency's own resources, another member, or a named donor, and for a member,
 * the entry of theirs this one passes on. Without JavaScript every field shows and the server keeps only what the
 * chosen source uses; with it, the fields follow the source and the entries follow the member chosen.
 */
import { useTranslations } from "next-intl";
import type { ReactElement } from "react";
import { Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { fundingSources } from "@/lib/forms/choices";

type FieldOf<Name extends string> = (name: Name, label: string, control: (props: object) => ReactElement<object>, hint?: string) => ReactElement;

export type FundingChoices = {
  members: { value: string; label: string }[];
  givers: { value: string; label: string; agencyId: string }[];
};

export function FundingSourceFields<Name extends string>({
  field,
  names,
  source,
  member,
  mounted,
  choices,
}: {
  field: FieldOf<Name>;
  names: { source: Name; agency: Name; donor: Name; passThrough: Name };
  source: string | undefined;
  member: string | undefined;
  mounted: boolean;
  choices: FundingChoices;
}) {
  const t = useTranslations("funding");
  const showMember = !mounted || source === "member";
  const givers = mounted && member ? choices.givers.filter((giver) => giver.agencyId === member) : choices.givers;
  return (
    <div className="space-y-4">
      {field(names.source, t("sourceLabel"), (props) => (
        <Select {...props}>
          <Options choices={fundingSources.map((value) => ({ value, label: t(`source.${value}`) }))} />
        </Select>
      ))}
      {showMember
        ? field(names.agency, t("fundingAgency"), (props) => (
            <Select {...props}>
              <Options blank={t("chooseMember")} choices={choices.members} />
            </Select>
          ))
        : null}
      {showMember
        ? field(
            names.passThrough,
            t("passThrough"),
            (props) => (
              <Select {...props}>
                <Options blank={t("passThroughNone")} choices={givers.map(({ value, label }) => ({ value, label }))} />
              </Select>
            ),
            t("passThroughHint"),
          )
        : null}
      {!mounted || source === "donor" ? field(names.donor, t("fundingDonor"), (props) => <Input autoComplete="off" {...props} />) : null}
    </div>
  );
}
