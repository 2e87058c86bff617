import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWorkbook, WORKBOOK_SHEETS } from "../../src/write/renderWorkbook.js";
import { buildReturn, cell, ingestOf, knowledge, missing, reported, suppressed } from "../report/build-returns.js";
import { fixtureIngest } from "../report/fixture-ingest.js";

/** foi-agg.xlsx for the report fixtures plus a council that refused under s.12 and one that holds nothing. */
const result = (() => {
  const base = fixtureIngest();
  const refused = buildReturn("E08000025", {
    status: "refused",
    values: [{ ...missing("uasc_looked_after", "refused"), raw: "Refused: s.12 cost limit" }],
  });
  const notHeld = buildReturn("N09000003", {
    status: "not_held",
    values: [{ ...missing("uasc_looked_after", "not_held"), raw: "Information not held" }],
  });
  const hostile = buildReturn("E06000001", {
    values: [
      reported("uasc_looked_after", 3, cell("Hartlepool.csv", 2, 2), '=HYPERLINK("http://x.example","3")'),
      suppressed("uasc_went_missing", "=1+1", cell("Hartlepool.csv", 3, 2)),
    ],
  });
  return ingestOf([...base.returns, refused, notHeld, hostile], { files: base.files, issues: base.issues });
})();

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await renderWorkbook(result, knowledge);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A sheet as objects keyed by its header row. */
function records(name: string): Record<string, ExcelJS.CellValue>[] {
  const ws = sheet(name);
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe("foi-agg.xlsx", () => {
  it("has every sheet, README first", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
  });

  it.each(WORKBOOK_SHEETS.filter((s) => s !== "README"))(
    "%s has a frozen header row, a filter and set widths",
    (name) => {
      const ws = sheet(name);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getColumn(1).width).toBeGreaterThan(0);
    },
  );

  it("writes figures as people write them, with the status beside each", () => {
    const rows = records("Authorities");
    const by = (name: string) => rows.find((r) => r.authority === name) ?? {};
    expect(by("Lewisham")["UASC: went missing"]).toBe("1–4 (suppressed)");
    expect(by("Lewisham")["UASC: went missing status"]).toBe("suppressed");
    expect(by("Birmingham")["UASC: looked after"]).toBe("refused (s.12)");
    expect(by("Belfast")["UASC: looked after"]).toBe("not held");
    expect(by("Hackney")["UASC: looked after status"]).toBe("no return");
    expect(by("Lewisham")["UASC: looked after"]).toBe("61");
  });

  it("keeps totals as numbers with a thousands format, and a range where suppression leaves one", () => {
    const uk = records("UK and nations").filter((r) => r.area_code === "K02000001");
    const missingUasc = uk.find((r) => r.measure === "uasc_went_missing");
    expect(typeof missingUasc?.lower).toBe("number");
    expect(missingUasc?.figure).toBe(`${missingUasc?.lower}–${missingUasc?.upper}`);
    const col = (sheet("UK and nations").getRow(1).values as string[]).indexOf("lower");
    expect(sheet("UK and nations").getRow(2).getCell(col).numFmt).toBe("#,##0");
  });

  it("never writes a formula: text from returns that starts with = stays text", () => {
    const raws = records("Values").map((r) => r.raw);
    expect(raws).toContain('=HYPERLINK("http://x.example","3")');
    expect(raws).toContain("=1+1");
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => expect(c.type, `${ws.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula)),
      );
    }
  });

  it("explains each sheet and column on the README sheet", () => {
    const text = (sheet("README").getSheetValues() as ExcelJS.CellValue[][])
      .flat()
      .filter((v) => typeof v === "string");
    for (const name of WORKBOOK_SHEETS.filter((s) => s !== "README")) expect(text).toContain(name);
    expect(text).toContain("Where the figures come from");
  });

  it("is the same bytes for the same ingest", async () => {
    expect(Buffer.from(await renderWorkbook(result, knowledge)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("foi-agg.xlsx for a round of several periods", () => {
  const twoYears = {
    ...knowledge,
    request: {
      ...knowledge.request,
      periods: [
        { id: "2019", start: "2019-01-01", end: "2019-12-31", label: "1 January to 31 December 2019" },
        { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "1 January to 31 December 2020" },
      ],
    },
  };
  // Lewisham's second year: 70 looked after instead of 61.
  const returns2020 = result.returns.map((r) =>
    r.authority.name === "Lewisham"
      ? {
          ...r,
          values: r.values.map((v) =>
            v.measure === "uasc_looked_after" ? { ...v, value: 70, lower: 70, upper: 70, raw: "70" } : v,
          ),
        }
      : r,
  );
  const many = {
    ...result,
    periods: [
      { period: "2019", returns: result.returns },
      { period: "2020", returns: returns2020 },
    ],
  };
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderWorkbook(many, twoYears)) as unknown as ArrayBuffer);
  });
  const rowsOf = (name: string) => {
    const ws = book.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const out: Record<string, ExcelJS.CellValue>[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    return { header, out };
  };

  it.each(["UK and nations", "Regions", "Authorities", "Values"])(
    "%s has a period column after the names, and every period's rows",
    (name) => {
      const { header, out } = rowsOf(name);
      expect(header[2]).toBe("period");
      expect(records(name).some((r) => "period" in r)).toBe(false);
      expect(out).toHaveLength(2 * records(name).length);
      expect(new Set(out.map((r) => r.period))).toEqual(new Set(["2019", "2020"]));
    },
  );

  it.each([
    ["2019", "61"],
    ["2020", "70"],
  ])("shows Lewisham's %s figure in that period's row", (period, figure) => {
    const lewisham = rowsOf("Authorities").out.find((r) => r.authority === "Lewisham" && r.period === period);
    expect(lewisham?.["UASC: looked after"]).toBe(figure);
  });

  it("says on the README what each period id means", () => {
    const readme = book.getWorksheet("README");
    if (!readme) throw new Error("no README sheet");
    const text = (readme.getSheetValues() as ExcelJS.CellValue[][]).flat();
    expect(text).toContain(
      "The requested period the row is for: 2019 = 1 January to 31 December 2019; 2020 = 1 January to 31 December 2020",
    );
  });
});
