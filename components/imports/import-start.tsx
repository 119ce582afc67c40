/**
 * What every import's upload page shows alike (support, the scheme inventory): the upload form's card beside the
 * card of a file to start from, and the table of the columns a file may have. Each page gives its own words.
 */
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TitledCard } from "@/components/ui/card";
import type { ServerAction } from "@/lib/forms/action-state";
import { importLimits } from "@/lib/imports/import-limits";
import { ImportUploadForm } from "./import-upload-form";
import { Table, Td } from "@/components/ui/table";

type StartProps = {
  uploadTitle: string;
  /** The server action that checks the file, and the fields that name its target. */
  check: ServerAction;
  fields?: Record<string, string>;
  startTitle: string;
  startIntro: string;
  downloads: { href: string; label: string }[];
};

export function ImportStart(props: StartProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <TitledCard id="import-upload-title" title={props.uploadTitle}>
        <ClientMessages namespaces={["import"]}>
          <ImportUploadForm action={props.check} maxBytes={importLimits.maxBytes} fields={props.fields} />
        </ClientMessages>
      </TitledCard>
      <TitledCard id="import-start-title" title={props.startTitle}>
        <p className="mb-3 text-sm text-slate-700">{props.startIntro}</p>
        <ul className="space-y-1 text-sm">
          {props.downloads.map((download) => (
            <li key={download.href}>
              <a href={download.href} download>
                {download.label}
              </a>
            </li>
          ))}
        </ul>
      </TitledCard>
    </div>
  );
}

/** The columns a file may have: three cells a column, under `headings`; the first names the column. */
export function ImportColumnTable({ title, headings, rows }: { title: string; headings: [string, string, string]; rows: { key: string; cells: [ReactNode, ReactNode, ReactNode] }[] }) {
  return (
    <>
      <h2 className="mt-8 mb-3 text-lg font-semibold">{title}</h2>
      <Table caption={title} headings={headings}>
        {rows.map(({ key, cells: [name, second, third] }) => (
          <tr key={key}>
            <Td className="font-mono text-xs">{name}</Td>
            <Td label={headings[1]}>{second}</Td>
            <Td label={headings[2]}>{third}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
