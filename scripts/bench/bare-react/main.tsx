import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

// The yardstick of the size budget: React on a page with one component and nothing else.
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count} times
    </button>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <Counter />
    </StrictMode>,
  );
