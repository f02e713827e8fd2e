/**
 * The most initial JavaScript (gzip, bytes) that `/` may load: 1.8 × the bare React page built with the same
 * Vite and React (one component, nothing else), as `npm run bench` measured it on BARE_REACT_GZIP below,
 * rounded down to whole KB (issue 5): 119 KB. Re-measure and update both numbers when React or Vite is upgraded.
 */
export const BARE_REACT_GZIP = 67_776; // 66.2 KB: React 19.3 and react-dom, Vite 8.3, gzip level 9
export const INITIAL_JS_BUDGET_GZIP = Math.floor((1.8 * BARE_REACT_GZIP) / 1024) * 1024;
