// Hostile strings for e2e/hostile-input.spec.ts. Each carries a marker of its own (xss001, xss002…): code in it
// calls window.__xss("<marker>") if it ever runs, and the marker found in an attribute or in a script or style
// element says which payload made that element. `/xss001/.source` writes the marker without quotes, so that
// the call survives unquoted attributes.

/** The marker of payload n, as it appears in the page if the payload escaped being text. */
export const marker = (n: number) => `xss${String(n).padStart(3, "0")}`;

/** Any payload's marker. */
export const MARKER_PATTERN = /xss\d{3}/i;

const run = (n: number) => `__xss(/${marker(n)}/.source)`;
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

const vectors: ((n: number) => string)[] = [
  // <script>, in several spellings
  (n) => `<script>${run(n)}</script>`,
  (n) => `<ScRiPt>${run(n)}</sCrIpT>`,
  (n) => `<script type="text/javascript" src="data:text/javascript,${run(n)}"></script>`,
  (n) => `<script >${run(n)}</script x>`,
  (n) => `<scr<script>ipt>${run(n)}</scr</script>ipt>`,
  (n) => `<script>${run(n)}//`,
  // event handlers
  (n) => `<img src=x onerror=${run(n)}>`,
  (n) => `<IMG SRC="x" ONERROR="__xss('${marker(n)}')">`,
  (n) => `<svg onload=${run(n)}>`,
  (n) => `<svg><script>${run(n)}</script></svg>`,
  (n) => `<svg><animate onbegin=${run(n)} attributeName=x dur=1s>`,
  (n) => `<details open ontoggle=${run(n)}>`,
  (n) => `<body onload=${run(n)}>`,
  (n) => `<input autofocus onfocus=${run(n)}>`,
  (n) => `<marquee onstart=${run(n)}>`,
  (n) => `<video><source onerror=${run(n)}></video>`,
  // frames, objects, embeds
  (n) => `<iframe src="javascript:top.${run(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>top.${run(n)}</script>"></iframe>`,
  (n) => `<iframe src="data:text/html,<script>${run(n)}</script>"></iframe>`,
  (n) => `<object data="javascript:${run(n)}"></object>`,
  (n) => `<embed src="data:text/html;base64,${base64(`<script>${run(n)}</script>`)}#${marker(n)}">`,
  // links and forms
  (n) => `<a href="javascript:${run(n)}">Open</a>`,
  (n) => `<a href="java&#x09;script:${run(n)}">Open</a>`,
  (n) => `<svg><a xlink:href="javascript:${run(n)}"><text y=20>Open</text></a></svg>`,
  (n) => `<form action="javascript:${run(n)}"><button>Send</button></form>`,
  (n) => `<form><button formaction=javascript:${run(n)}>Send</button></form>`,
  // bare URLs
  (n) => `javascript:${run(n)}`,
  (n) => `JaVaScRiPt:${run(n)}`,
  (n) => `java\tscript:${run(n)}`,
  (n) => `&#106;avascript:${run(n)}`,
  (n) => `data:text/html;base64,${base64(`<script>${run(n)}</script>`)}#${marker(n)}`,
  (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${run(n)}"/>`,
  (n) => `vbscript:msgbox("${marker(n)}")`,
  // template injection
  (n) => `{{constructor.constructor('${run(n)}')()}}`,
  (n) => `\${${run(n)}}`,
  // breaking out of the markup around the text
  (n) => `"><script>${run(n)}</script>`,
  (n) => `'--><script>${run(n)}</script>`,
  (n) => `" onmouseover="${run(n)}" x="`,
  (n) => `' autofocus onfocus='${run(n)}' x='`,
  (n) => `</title><script>${run(n)}</script>`,
  (n) => `</textarea><script>${run(n)}</script>`,
  // mutation XSS (markup that changes meaning when parsed again) and elements of the page's head
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${run(n)}>">`,
  (n) => `<style>*{background:url("javascript:${run(n)}")}</style>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${run(n)}">`,
  (n) => `<base href="javascript:${run(n)}//">`,
  (n) => `<link rel=import href="data:text/html,<script>${run(n)}</script>">`,
];

/** The payloads, numbered from 1: payloads[i] carries marker(i + 1). */
export const payloads: readonly string[] = vectors.map((vector, index) => vector(index + 1));

/** The control test's payload: its marker (xss000) belongs to no payload above. */
export const controlPayload = `<img src=x onerror=${run(0)}>`;
