import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS, LIMIT_FLAGS, type ReadLimits } from "../../src/read/readLimits.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { buildXlsx, csv } from "../support/buildXlsx.js";

const text = (s: string) => new TextEncoder().encode(s);
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [`Row ${i + 1}`, i % 7]);

/** Each limit, a file that breaks it by a little, and the amount the message must name. */
const CASES: [keyof ReadLimits, number, string, () => Promise<Uint8Array> | Uint8Array, string][] = [
  ["maxBytes", 100, "big.csv", () => csv(rowsOf(20)), "bytes"],
  ["maxRows", 10, "rows.csv", () => csv(rowsOf(11)), "11 rows"],
  ["maxRows", 10, "rows.txt", () => text(`${"a line\n".repeat(11)}`), "11 rows"],
  ["maxRows", 10, "rows.xlsx", () => buildXlsx([{ name: "Return", rows: rowsOf(11) }]), "11 rows"],
  ["maxColumns", 5, "wide.csv", () => csv([Array.from({ length: 6 }, (_, i) => `c${i}`)]), "6 columns"],
  ["maxCellChars", 50, "long.csv", () => csv([["Label", "x".repeat(51)]]), "51 characters in one cell"],
  ["maxChars", 100, "chars.csv", () => csv(rowsOf(30)), "characters of text"],
  ["maxUnzipped", 1_000, "zip.xlsx", () => buildXlsx([{ name: "Return", rows: rowsOf(50) }]), "bytes unzipped"],
];

describe("read limits", () => {
  it.each(CASES)(
    "%s: a file past it is not read, and the message names the flag",
    async (limit, max, file, build, amount) => {
      const bytes = await build();
      const limits = { ...DEFAULT_READ_LIMITS, [limit]: max };
      const read = await readWorkbook(file, bytes, undefined, limits);
      expect(read.workbook).toBeNull();
      expect(read.issues.map((i) => i.code)).toEqual(["file_too_large"]);
      const message = read.issues[0]?.message ?? "";
      expect(message).toContain(`\`${file}\``);
      expect(message).toContain(amount);
      expect(message).toContain(
        `over the limit of ${max.toLocaleString("en-GB")}; raise it with \`${LIMIT_FLAGS[limit]}\``,
      );
      // The same file is read once the limit is raised.
      const raised = await readWorkbook(file, new Uint8Array(await build()), undefined, DEFAULT_READ_LIMITS);
      expect(raised.workbook).not.toBeNull();
    },
  );

  it("a file exactly at a limit is read", async () => {
    const read = await readWorkbook("ten.csv", csv(rowsOf(10)), undefined, { ...DEFAULT_READ_LIMITS, maxRows: 10 });
    expect(read.workbook?.sheets[0]?.rows).toHaveLength(10);
  });

  it("names the sheet and cell of a cell over the limit", async () => {
    const bytes = await buildXlsx([{ name: "Answers", rows: [["Label", "y".repeat(40)]] }]);
    const read = await readWorkbook("cell.xlsx", bytes, undefined, { ...DEFAULT_READ_LIMITS, maxCellChars: 39 });
    expect(read.issues[0]).toMatchObject({ code: "file_too_large", sheet: "Answers", cell: "B1" });
  });
});
