import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, parseHeadersFile, securityHeaders } from "./security-headers";

/** The policy's directives by name: "script-src 'self'" → { "script-src": "'self'" }. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy());

  it("allows only the site's own origin by default", () => {
    expect(policy["default-src"]).toBe("'self'");
  });

  it("runs only the site's own script files: no inline script, no eval", () => {
    expect(policy["script-src"]).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("runs an inline script only when its hash is named: index.html's, which picks the first page", () => {
    const hash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
    expect(directives(contentSecurityPolicy(undefined, [hash]))["script-src"]).toBe(`'self' ${hash}`);
    expect(contentSecurityPolicy(undefined, [hash])).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("allows no plugins, no <base>, and no framing by another site", () => {
    expect(policy).toMatchObject({
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
    });
  });

  it("lets the page fetch from a data file's other origin", () => {
    const withData = directives(contentSecurityPolicy("https://data.example.org/files/commitments.json"));
    expect(withData["connect-src"]).toBe("'self' https://data.example.org");
  });

  it.each([
    ["a relative address", "/data/commitments.json"],
    ["no address", undefined],
  ])("lets the page fetch from its own origin only, given %s", (_case, dataUrl) => {
    expect(directives(contentSecurityPolicy(dataUrl))["connect-src"]).toBe("'self'");
  });
});

describe("securityHeaders", () => {
  it("sends the policy for the data file's address", () => {
    expect(securityHeaders("https://data.example.org/c.json")["Content-Security-Policy"]).toBe(
      contentSecurityPolicy("https://data.example.org/c.json"),
    );
  });

  it("forbids guessing content types and framing, and sends no referrer", () => {
    expect(securityHeaders()).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
    });
  });
});

describe("headersFile", () => {
  it("writes every header, indented, under a rule for every path", () => {
    expect(headersFile({ "X-One": "1", "X-Two": "a b" })).toBe("/*\n  X-One: 1\n  X-Two: a b\n");
  });
});

describe("parseHeadersFile", () => {
  it("reads back what headersFile wrote, the policy's quotes and semicolons included", () => {
    const headers = securityHeaders("https://data.example.org/c.json", ["'sha256-abc+/='"]);
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
  });
});

describe("the README's deployment examples", () => {
  const readmeLines = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8")
    .split("\n")
    .map((line) => line.trim());

  // The README cannot know the hash of a build's inline script: it shows where it goes, and says where to
  // copy the policy from (dist/_headers).
  it.each(Object.entries(securityHeaders(undefined, ["'sha256-…'"])))(
    "give the header %s as it is served",
    (name, value) => {
      const line = `${name}: ${value}`;
      expect(readmeLines, `README.md has no line "${line}"`).toContain(line);
    },
  );
});
