// Loaded into every benchmarked page before its own scripts (page.addInitScript). Plain JavaScript, so that
// nothing a TypeScript loader adds to functions has to exist in the page.
//
// On the page's own clock (performance.now(), 0 = navigation start) it records when the list, the overview and
// a board first show, and the longest main-thread task until then. A MutationObserver checks after every batch
// of DOM changes, so a time is that of the DOM change itself, not of a polling interval.
(() => {
  const probe = { seen: {}, longestTask: 0, blockingTime: 0 };
  window.__benchProbe = probe;
  const conditions = {
    list: () => document.querySelector(".commitment-table tbody tr a") !== null,
    overview: () => document.querySelector(".initiative-grid .status-summary") !== null,
    board: () => document.querySelector(".board .board-card a") !== null,
  };
  const check = () => {
    for (const [name, condition] of Object.entries(conditions)) {
      if (probe.seen[name] === undefined && condition()) probe.seen[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longestTask = Math.max(probe.longestTask, entry.duration);
        probe.blockingTime += Math.max(0, entry.duration - 50);
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no Long Tasks API here: the longest task stays 0
  }

  const isDone = (expected) => {
    if (expected.kind === "list") {
      const count = document.querySelector(".filter-bar__count")?.textContent;
      const first = document.querySelector(".commitment-table tbody tr th")?.textContent;
      return count === expected.countText && first === expected.firstRow;
    }
    const column = document.querySelector(`section[aria-labelledby="column-${expected.column}"]`);
    return column?.querySelector(`a[href="${expected.href}"], a[href^="${expected.href}?"]`) != null;
  };

  // Armed just before an action: resolves with the time from the action's event (its timeStamp, on the page's
  // clock) until the expected DOM first holds after a DOM change.
  window.__benchArm = ({ event, expected, timeoutMs }) => {
    window.__benchAction = new Promise((resolve, reject) => {
      let start;
      const observer = new MutationObserver(() => {
        if (start !== undefined && isDone(expected)) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      addEventListener(
        event,
        (e) => {
          start = e.timeStamp;
        },
        { capture: true, once: true },
      );
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error("timed out"));
      }, timeoutMs);
    });
  };
})();
