import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

/**
 * Long episode lists and per-child extracts, built the same way for the
 * streaming benchmark (benchEpisodes.ts) and its tests: deterministic, so a
 * run can be compared with pandas and with the ordinary (non-streaming) read.
 */
export type ListLayout = "episodes" | "extract";

export const EPISODE_HEADER = ["Child ID", "Category", "Date went missing", "Date returned", "Nationality"];
export const EXTRACT_HEADER = [
  "CHILD_ID",
  "UASC_FLAG",
  "TRAFF_FLAG",
  "NATIONALITY_CD",
  "MISS_EPISODES_PERIOD",
  "CURRENTLY_MISSING",
];
const EXTRACT_TITLE = "Children looked after at any point 01/10/2014 - 30/09/2015 with a UASC or trafficking flag";

const CATEGORIES = ["UASC", "UASC", "UASC", "Trafficked", "12A", "UASC; 12A"];
const NATIONALITIES = ["AFG", "ERI", "VNM", "ALB", "SDN", "IRQ", "ZZZ", "Albanian"];

/** A small seeded generator (mulberry32): the same list on every run and machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** dd/mm/yyyy, `offset` days after 1 July 2014 (the period is 1 Oct 2014 – 30 Sep 2015, so some fall outside). */
function dayText(offset: number): string {
  const d = new Date(Date.UTC(2014, 6, 1) + offset * 86_400_000);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/**
 * `rows` data rows under a header (an extract has a title and a blank row
 * above it). Episodes: about five per child, some outside the period, one
 * in nine not returned. Extract: one row per child, flags written only as
 * "x" for yes (blank for no), as some case-management exports do.
 */
export function* buildEpisodeRows(layout: ListLayout, rows: number, seed = 11): Generator<string[]> {
  const random = seeded(seed);
  if (layout === "episodes") {
    yield EPISODE_HEADER;
    const children = Math.max(1, Math.floor(rows / 5));
    for (let i = 0; i < rows; i++) {
      const child = Math.floor(random() * children);
      const start = Math.floor(random() * 500);
      const returned = random() < 1 / 9 ? "" : dayText(start + 1 + Math.floor(random() * 5));
      yield [
        `C${child}`,
        CATEGORIES[child % CATEGORIES.length] as string,
        dayText(start),
        returned,
        pick(random, NATIONALITIES),
      ];
    }
    return;
  }
  yield [EXTRACT_TITLE];
  yield [];
  yield EXTRACT_HEADER;
  for (let i = 0; i < rows; i++) {
    const uasc = random() < 0.7;
    const traf = !uasc || random() < 0.2;
    const episodes = random() < 0.4 ? 0 : 1 + Math.floor(random() * 6);
    const missing = episodes > 0 && random() < 0.1 ? "Y" : "N";
    yield [`P${i}`, uasc ? "x" : "", traf ? "x" : "", pick(random, NATIONALITIES), String(episodes), missing];
  }
}

/** The rows as csv text (no cell needs quoting). */
export function toCsv(rows: Iterable<string[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.join(","));
  return `${lines.join("\n")}\n`;
}

/** The rows as a one-sheet xlsx, written by exceljs's streaming writer so a long list takes little memory to build. */
export async function toXlsx(rows: Iterable<string[]>, sheet = "Episodes"): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = writer.addWorksheet(sheet);
  for (const row of rows) {
    // Counts as numbers, as a spreadsheet holds them.
    ws.addRow(row.map((c) => (/^\d+$/u.test(c) ? Number(c) : c))).commit();
  }
  ws.commit();
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
