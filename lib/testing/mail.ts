/** A real SMTP server on a free local port for mail tests: what it received, decoded, and mailers that send to it. */
import { SMTPServer } from "smtp-server";
import { readEnv } from "@/lib/env";
import { configuredMailer, type Mailer } from "@/lib/mail/mailer";

export type MailCatcher = {
  /** Every message received, quoted-printable decoded and read as UTF-8, oldest first. */
  received: string[];
  /** The SMTP_URL a server sends here with. */
  smtpUrl: string;
  /** A new mailer configured, as SMTP_URL would configure it, to send here. */
  mailer: () => Mailer;
  close: () => Promise<void>;
};

/** Quoted-printable: join soft line breaks, turn escapes back into bytes, read the bytes as UTF-8. */
const decodeQuotedPrintable = (data: string) =>
  Buffer.from(data.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

export async function startMailCatcher(): Promise<MailCatcher> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push(decodeQuotedPrintable(data));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  const smtpUrl = `smtp://127.0.0.1:${port}`;
  return {
    received,
    smtpUrl,
    mailer: () => configuredMailer(readEnv({ NODE_ENV: "test", SMTP_URL: smtpUrl, MAIL_FROM: "Socle <socle@example.org>" }))!,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
