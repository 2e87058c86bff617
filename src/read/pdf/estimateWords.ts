/**
 * A run of text cut into its words, each given the stretch of the run it
 * would take in a typical proportional font (digits and capitals wider than
 * small letters, spaces and stops narrow), scaled so the words fill the
 * run's measured width. Good enough to tell which column a word is over,
 * not to measure it.
 */
export function estimateWords(part: {
  text: string;
  x0: number;
  x1: number;
}): { text: string; x0: number; x1: number }[] {
  const chars = [...part.text];
  const widths = chars.map(nominalWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total === 0) return [part];
  const scale = (part.x1 - part.x0) / total;
  const words: { text: string; x0: number; x1: number }[] = [];
  let x = part.x0;
  let word: { text: string; x0: number; x1: number } | null = null;
  chars.forEach((ch, k) => {
    const w = (widths[k] ?? 0) * scale;
    if (/\s/u.test(ch)) {
      if (word) words.push(word);
      word = null;
    } else if (word) {
      word.text += ch;
      word.x1 = x + w;
    } else {
      word = { text: ch, x0: x, x1: x + w };
    }
    x += w;
  });
  if (word) words.push(word);
  return words;
}

function nominalWidth(ch: string): number {
  if (/\s/u.test(ch)) return 0.28;
  if (/\d/u.test(ch)) return 0.56;
  if (/[.,:;'|!()[\]/-]/u.test(ch)) return 0.3;
  if (/\p{Lu}/u.test(ch) || /[mw–—%]/u.test(ch)) return 0.75;
  return 0.5;
}
