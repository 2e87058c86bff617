import type { LogicalCell } from "../match/figureCandidate.js";
import { matchLabel } from "../match/matchLabel.js";
import { nextRowWithCells } from "./nextRowWithCells.js";
import type { LocateEnv } from "./sheetGrid.js";

/**
 * "No.", "Nos", "No": an abbreviation of "number", which reads on its own as a nil answer; and one to
 * three letters, alone or a bilingual pair ("C / Q", Cwestiwn / Question, in a Welsh council's table),
 * whose "C" or "X" reads on its own as a suppression marker. Only letters: a figure is never a header.
 */
const NUMBER_ABBREVIATION = /^\s*(?:no|nos|[a-z]{1,3}\.?(?:\s*\/\s*[a-z]{1,3}\.?)?)\.?\s*$/iu;

/** A question's number alone in a cell: "1", "1a", "4.", "Q2b", "(3)". */
const QUESTION_NUMBER = /^\s*\(?(?:q\.?\s*)?\d{1,2}[a-z]?\s*[.)]?\s*$/iu;

/**
 * "No. | Question | 2018 | 2019 | 2020" over "1a | The total number … | 5 |
 * 0 | 6": the table's first cell heads its column of question numbers.
 * Read as the answer "no" (nil), it made the header row a row of figures,
 * so its years were never read as the columns' periods. An answer never
 * stands first in its row with the question's words to its right, and a
 * question's number is never an answer, so "No." (or "C / Q") is a header when it is
 * the first cell of its row, a label stands beside it, and the first cell
 * under it is a question's number.
 */
export function relabelNumberColumnHeader(rows: LogicalCell[][], env: LocateEnv): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const head = row[0];
    if (head?.kind !== "value" || head.part !== 0 || !NUMBER_ABBREVIATION.test(head.text)) continue;
    if (!row.some((c) => c !== head && c.kind === "text")) continue;
    const next = nextRowWithCells(rows, r);
    const under = next.find((c) => c.col === head.col && c.part === 0);
    if (!under || !QUESTION_NUMBER.test(under.text)) continue;
    rows[r] = row.map((c) =>
      c === head
        ? { ...c, kind: "text", parsed: null, label: matchLabel(c.text, env.knowledge.labels), answer: false }
        : c,
    );
  }
}
