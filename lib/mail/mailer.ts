/**
 * Sends Socle's few mails (invitations, password resets) through the SMTP server named by SMTP_URL. Without it
 * there is no mailer and callers show the link to the coordinator instead: nothing breaks.
 */
import "server-only";
import nodemailer from "nodemailer";
import { type Env, readEnv } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };
export type Mailer = (mail: Mail) => Promise<void>;

export function configuredMailer(env: Env = readEnv()): Mailer | null {
  if (!env.SMTP_URL) return null;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  return async (mail) => {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail });
  };
}
