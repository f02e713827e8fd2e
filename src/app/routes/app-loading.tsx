/**
 * The page while the layout's code loads (the router's HydrateFallback): the site's header and the same
 * loading message the layout shows while the data loads, so nothing jumps when the layout takes over.
 */
export function AppLoading() {
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title">US–France commitments</p>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <p className="loading" role="status">
          Loading commitments…
        </p>
      </main>
    </>
  );
}
