/** Where a page sits: a trail of links, each step a page above this one, separated as the eye reads a path. */
import { Fragment } from "react";
import { Link } from "@/components/ui/link";

export function Breadcrumb({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="mb-1 text-sm">
      {links.map((link, index) => (
        <Fragment key={link.href}>
          {index > 0 ? " › " : null}
          <Link href={link.href}>{link.label}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
