/**
 * Text from a council's file (cells, sheet names, file names) is shown to
 * people: on the console, in CSV, Markdown, letters and the HTML report.
 * Raw control characters there could smuggle terminal escape sequences
 * (ESC [ … recolours, moves the cursor, rewrites the screen or the window
 * title of whoever `cat`s the file), so every C0 control but tab and line
 * breaks is replaced by its visible Unicode "control picture" (ESC → ␛,
 * DEL → ␡), and every C1 control (U+0080–U+009F, where U+009B is a one-byte
 * ESC [ to some terminals) by `\xNN`. The JSON outputs keep the text as found.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Any character showControls or showControlsInProse could change (not global, so it keeps no lastIndex). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function showControls(text: string): string {
  return text.replace(CONTROLS, showControl);
}

/** As showControls, and tab and line breaks shown too: for one console line, where a CR would rewrite it. */
export function showControlsInLine(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, showControl);
}

function showControl(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `\\x${code.toString(16).toUpperCase()}`;
}

/**
 * As showControls, and a carriage return not followed by a line feed shown
 * as ␍: in a page or a letter it is no line break, and on a terminal it
 * returns to the start of the line, so what follows overwrites what came before.
 */
export function showControlsInProse(text: string): string {
  // Most text has no control character at all, and one test is cheaper than two replacements.
  if (!ANY_CONTROL.test(text)) return text;
  return showControls(text).replace(/\r(?!\n)/g, "\u240d");
}
