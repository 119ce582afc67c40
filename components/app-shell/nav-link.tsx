"use client";
/** A link of the main menu that marks the current page for sighted and screen-reader users alike (styled by .shell-link). */
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/** A client navigation keeps the shell as it was: the menus the link sits in close, or they would cover the new page. */
function closeMenus(event: MouseEvent<HTMLAnchorElement>) {
  for (let menu = event.currentTarget.closest("details"); menu; menu = menu.parentElement?.closest("details") ?? null) menu.open = false;
}

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className="shell-link" onClick={closeMenus}>
      {children}
    </Link>
  );
}
