export type Delimiter = "," | ";" | "\t" | "|";

/**
 * Candidates in tie-break order. When two characters split every sampled
 * line equally consistently, the one rarer in English prose is the more
 * likely to have been put there on purpose: commas turn up inside unquoted
 * text ("Surrey, CC") and in European decimals, tabs and semicolons hardly
 * ever do.
 */
const CANDIDATES: readonly Delimiter[] = ["\t", ";", "|", ","];

/** Records sampled: enough to see past a few title rows, few enough to stay cheap. */
const SAMPLE_RECORDS = 20;
const SAMPLE_CHARS = 64 * 1024;

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Why this delimiter was chosen, for the audit trail. */
  reason: string;
}

/**
 * Guess a CSV file's delimiter from its text (line endings already "\n").
 *
 * Heuristic: a real delimiter splits most records into the SAME number of
 * fields (Excel pads every row of an export to the widest row), while a
 * character that merely occurs in text gives counts that vary from line to
 * line. So for each candidate we count fields per record over the first
 * non-blank records and score it by how many records share its most common
 * count above one. Delimiters inside quoted fields are ignored, because a
 * quoted "Surrey, County Council" would otherwise vote for comma. Title rows
 * (one field for every candidate) vote for nobody, so they cannot mislead.
 * An Excel `sep=;` first line settles the question outright.
 */
export function detectDelimiter(text: string): DelimiterGuess {
  const hint = /^sep=([,;\t|])\n/.exec(text.slice(0, 8));
  if (hint?.[1]) {
    return { delimiter: hint[1] as Delimiter, reason: `the file's first line "sep=${hint[1]}" names it` };
  }
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: { delimiter: Delimiter; score: number; fields: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const { score, fields } = scoreDelimiter(sample, delimiter);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && fields > best.fields)) {
      best = { delimiter, score, fields };
    }
  }
  if (!best) return { delimiter: ",", reason: "no line has more than one field, so the file is one column" };
  return {
    delimiter: best.delimiter,
    reason: `${best.score} of the first lines split into ${best.fields} fields on ${DELIMITER_NAMES[best.delimiter]}`,
  };
}

export const DELIMITER_NAMES: Record<Delimiter, string> = {
  ",": "commas",
  ";": "semicolons",
  "\t": "tabs",
  "|": "pipes",
};

/** Count fields per record for one candidate and return how many records share the modal count (>1). */
function scoreDelimiter(sample: string, delimiter: Delimiter): { score: number; fields: number } {
  const counts = new Map<number, number>();
  let records = 0;
  let fields = 1;
  let blank = true;
  let inQuotes = false;
  let atFieldStart = true;
  const end = sample.length;
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const ch = sample[i];
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === "\n") {
      if (!blank) {
        counts.set(fields, (counts.get(fields) ?? 0) + 1);
        records++;
      }
      fields = 1;
      blank = true;
      atFieldStart = true;
      continue;
    }
    if (ch === delimiter) {
      fields++;
      blank = false;
      atFieldStart = true;
      continue;
    }
    // A quote opens a quoted field only at the start of a field, as csv-parse
    // reads it; elsewhere (5" screen) it is an ordinary character.
    if (ch === '"' && atFieldStart) inQuotes = true;
    if (ch !== " " && ch !== "\t" && ch !== "\r") blank = false;
    atFieldStart = false;
  }
  if (!blank && records < SAMPLE_RECORDS) counts.set(fields, (counts.get(fields) ?? 0) + 1);

  let score = 0;
  let modal = 1;
  for (const [n, c] of counts) {
    if (n > 1 && (c > score || (c === score && n > modal))) {
      score = c;
      modal = n;
    }
  }
  return { score, fields: modal };
}
