/**
 * The router's HydrateFallback, while the layout's code loads: nothing, because index.html's page as served
 * is that page (decision 020) and stays until the layout, or an error page, takes it off (first-page.ts).
 */
export function AppLoading() {
  return null;
}
