import { showControlsInProse } from "../../domain/showControls.js";

/**
 * Text for HTML element content or a quoted attribute value. Council text
 * reaches the page only through here (or through the page script, which
 * only ever sets textContent), so `<script>` in a return is shown, never run.
 */
export function escapeHtml(text: string): string {
  return showControlsInProse(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * JSON for a `<script type="application/json">` block. Escaping `<` as
 * `\u003c` means no text inside it can close the block (`</script>`) or open
 * a comment (`<!--`) that changes how the HTML parser reads what follows;
 * JSON.parse reads the escape back as `<`. `>` and `&` are escaped as well
 * so the block holds no markup-significant character at all, and U+2028/9
 * so the text is also a valid JavaScript string literal.
 */
export function embedJson(value: unknown): string {
  // The page script shows these strings as text; control characters in them are shown, as everywhere for people.
  // A replacer makes JSON.stringify call back for every value of the report's data (a tenth of a second on
  // 1,000 returns), so the data is written without one first, and again with it only if its text holds
  // something showControlsInProse would change.
  const plain = JSON.stringify(value);
  const json = MAY_HOLD_CONTROLS.test(plain)
    ? JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? showControlsInProse(v) : v))
    : plain;
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * In JSON text, what may stand for a character showControlsInProse changes: a control escaped as \b, \f
 * or \u00XX (JSON writes every C0 control escaped; tab, line feed and a CR before a line feed are kept, so
 * \t, \n and \r\n are not matched), and DEL and the C1 controls, which JSON writes as they are. An
 * escaped backslash before such a letter ("\\b") matches too: that only costs the slower way.
 */
const MAY_HOLD_CONTROLS = /\\[bfu]|\\r(?!\\n)|[\u007f-\u009f]/;
