import { clsx } from "clsx";
import type { ComponentProps } from "react";

const variants = {
  primary: "ui-button-primary",
  secondary: "ui-button-secondary",
  danger: "ui-button-danger",
  ghost: "ui-button-ghost",
} as const;

export type ButtonVariant = keyof typeof variants;

/** A button's look, also for a link that reads as a button (`<Link className={buttonClassName("secondary")}>`). */
export function buttonClassName(variant: ButtonVariant = "primary", className?: string): string {
  return clsx("ui-button", variants[variant], className);
}

export function Button({ variant = "primary", className, ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button className={buttonClassName(variant, className)} {...props} />;
}
