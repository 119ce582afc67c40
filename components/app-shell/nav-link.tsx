"use client";
/** A navigation link that marks the current section for sighted and screen-reader users alike. */
import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={clsx(
        "rounded-md px-3 py-2 text-sm font-medium no-underline hover:bg-slate-100 hover:no-underline",
        current ? "bg-brand-50 text-brand-800 ring-1 ring-brand-100" : "text-slate-700",
      )}
    >
      {children}
    </Link>
  );
}
