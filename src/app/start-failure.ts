import { removeFirstPage } from "./first-page";
import { firstScriptLanguage, firstScriptTexts } from "./routes/first-script-language";

/**
 * React's own code could not be loaded (the network went away between index.html and it): without React, a
 * plain sentence in the page's language says what to do, instead of a page that stays blank.
 */
export function showStartFailure() {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = firstScriptLanguage(location.search);
  const message = document.createElement("p");
  message.className = "loading";
  message.setAttribute("role", "alert");
  message.lang = lang;
  message.textContent = firstScriptTexts[lang].app.error.startFailed;
  root.replaceChildren(message);
  removeFirstPage();
}
