import type { ReactNode } from "react";

type SafeExternalLinkProps = { href: string; children: ReactNode };

/** A link from data: only http and https are ever made clickable; anything else is shown as text. */
export function SafeExternalLink({ href, children }: SafeExternalLinkProps) {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <span className="unsafe-link">{href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
