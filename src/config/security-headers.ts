// The HTTP headers the tracker is served with: the e2e server (vite preview) sends them, the build writes
// them to dist/_headers for hosts that read that file, and the README gives them for nginx. One list, so
// that what is tested is what is deployed. (The dev server sends none: its hot reload needs inline scripts.)

/** The data file's origin, when a build fetches it from another site (VITE_DATA_URL): fetching needs it. */
function dataOrigin(dataUrl: string | undefined): string | null {
  if (!dataUrl) return null;
  try {
    return new URL(dataUrl).origin; // a relative address throws: it is on our own origin
  } catch {
    return null;
  }
}

/**
 * `scriptHashes`: the `'sha256-…'` sources of the inline scripts allowed, exactly those (index.html has one,
 * which picks its first page before anything paints; decision 020).
 */
export function contentSecurityPolicy(dataUrl?: string, scriptHashes: readonly string[] = []): string {
  const origin = dataOrigin(dataUrl);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${origin ? ` ${origin}` : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // No string ever reaches an HTML or script sink such as innerHTML: the browser enforces it. The one
    // policy allowed, `default`, passes same-origin script addresses only (the data worker).
    "require-trusted-types-for 'script'",
    "trusted-types default",
  ].join("; ");
}

export function securityHeaders(
  dataUrl?: string,
  scriptHashes: readonly string[] = [],
): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(dataUrl, scriptHashes),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}

/** The headers in the `_headers` file format (Netlify, Cloudflare Pages): every path of the site. */
export function headersFile(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join("\n")}\n`;
}

/** The headers of a `_headers` file as headersFile writes it (the preview server sends what the build wrote). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) headers[match[1]] = match[2].trim();
  }
  return headers;
}
