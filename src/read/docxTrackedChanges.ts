import { type Issue, makeIssue } from "../domain/issues.js";
import { findElements, type XmlElement } from "./xmlEvents.js";

/**
 * A Word reply sent with its tracked changes still in it ("19" struck
 * through beside an inserted "21"). The letter is read as Word shows it with
 * the changes accepted: deleted text is left out. But a figure changed while
 * the reply was drafted may be changed again, or the deletion may be the
 * figure the council meant: a person checks it. One warning per file, quoting
 * each paragraph whose deleted text held a figure; deletions of words alone
 * (a typo put right) say nothing about the figures.
 */
export function trackedFigureChanges(file: string, body: XmlElement | undefined): Issue[] {
  if (!body) return [];
  const changed: string[] = [];
  for (const p of findElements(body, "w:p")) {
    const deleted = findElements(p, "w:del")
      .flatMap((d) => findElements(d, "w:delText"))
      .map(textOf)
      .join("")
      .trim();
    if (!/\d/u.test(deleted) || changed.length >= MAX_QUOTED) continue;
    const shown = shownText(p).replace(/\s+/gu, " ").trim();
    changed.push(`"${shorten(shown)}" (deleted: "${shorten(deleted)}")`);
  }
  if (changed.length === 0) return [];
  return [
    makeIssue("figure_set_aside", {
      message: `${file} still holds tracked changes that altered figures: ${changed.join("; ")}. foi-agg read the figures as changed and set the deleted ones aside; check with the council that the changed figures are final.`,
      file,
    }),
  ];
}

/** Paragraphs quoted in the warning at most; a reply redrafted throughout needs checking whole. */
const MAX_QUOTED = 5;

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** The paragraph as Word shows it with its changes accepted: its w:t text, none of its deletions. */
function shownText(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === "string") return "";
      if (c.name === "w:del" || c.name === "w:moveFrom") return "";
      if (c.name === "w:t") return textOf(c);
      if (c.name === "w:tab") return " ";
      return shownText(c);
    })
    .join("");
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
