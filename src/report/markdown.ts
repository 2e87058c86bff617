import { showControlsInProse } from "../domain/showControls.js";

/**
 * Markdown building blocks. Council text goes into the report verbatim, so
 * anything Markdown would act on is escaped: a `|` would split a table cell,
 * a line break would end the table row, and `*`, `_`, `` ` ``, `[`, `]`, `<`
 * and `\` would turn "*" (a suppression marker) or "[c]" into formatting.
 */
// An underscore inside a word (uasc_went_missing) never starts emphasis in
// CommonMark, so only word-edge underscores are escaped; ids stay readable.
const SPECIAL = /[\\`*[\]<|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Text for a paragraph or list item: specials escaped, line breaks as spaces. */
export function escapeText(text: string): string {
  return showControlsInProse(text)
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .replace(/\s*\r?\n\s*/g, " ");
}

/** Text for a table cell: as escapeText, but line breaks kept as <br>. */
export function escapeCell(text: string): string {
  return showControlsInProse(text)
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, "<br>")
    .trim();
}

/** A pipe table. Cells must already be escaped (links and emphasis are the caller's). */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Council text quoted inline, e.g. “fewer than 5”. */
export function quote(text: string): string {
  return `“${text}”`;
}
