/** The profile's API tokens: create one, see each one's state and last use, revoke. */
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiTokenRow } from "@/lib/api-tokens/list-api-tokens";
import type { ServerAction } from "@/lib/forms/action-state";
import { CreateApiTokenForm } from "./create-api-token-form";

const badges = {
  active: { tone: "success", symbol: "●" },
  expired: { tone: "muted", symbol: "○" },
  revoked: { tone: "danger", symbol: "×" },
} as const;

export async function ApiTokensCard({ tokens, actions }: { tokens: ApiTokenRow[]; actions: { create: ServerAction; revoke: ServerAction } }) {
  const [t, format] = await Promise.all([getTranslations("apiTokens"), getFormatter()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : t("never"));
  return (
    <Card aria-labelledby="profile-api-tokens" className="md:col-span-2">
      <h2 id="profile-api-tokens" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        {t("intro")} <a href="/api/v1/openapi.json">{t("docs")}</a>
      </p>
      <ClientMessages namespaces={["apiTokens", "common"]}>
        <CreateApiTokenForm action={actions.create} />
      </ClientMessages>
      <h3 className="mt-6 mb-2 font-semibold">{t("yourTokens")}</h3>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <Table caption={t("yourTokens")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("prefix")}</Th>
              <Th>{t("createdAt")}</Th>
              <Th>{t("expires")}</Th>
              <Th>{t("lastUsed")}</Th>
              <Th>{t("status")}</Th>
              <Th>
                <span className="sr-only">{t("revoke")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <Td className="font-medium">{token.name}</Td>
                <Td label={t("prefix")}>
                  <code>{token.prefix}…</code>
                </Td>
                <Td label={t("createdAt")}>{date(token.createdAt)}</Td>
                <Td label={t("expires")}>{date(token.expiresAt)}</Td>
                <Td label={t("lastUsed")}>{date(token.lastUsedAt)}</Td>
                <Td label={t("status")}>
                  <Badge look={badges[token.status]}>{t(token.status)}</Badge>
                </Td>
                <Td>
                  {token.status === "active" ? (
                    // Revoking stops every program using the token at once: the box is ticked first, with or without JavaScript.
                    <ActionButton showSuccess action={actions.revoke} fields={{ tokenId: token.id }} label={t("revoke")} accessibleLabel={t("revokeLabel", { name: token.name })}>
                      <label className="flex max-w-56 items-start gap-2 text-sm">
                        <input type="checkbox" name="confirm" value="on" required className="mt-1" />
                        <span>
                          {t("revokeConfirm")}
                          <span className="sr-only"> ({token.name})</span>
                        </span>
                      </label>
                    </ActionButton>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
