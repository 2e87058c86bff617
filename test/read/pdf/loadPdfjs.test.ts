import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/read/readWorkbook.js";
import { buildPdf } from "./buildPdf.js";

// Node's own methods, taken before any PDF is read in this file.
const NATIVE = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
};

// pdf.js announces itself as globalThis.pdfjsLib when its module is evaluated.
const pdfjsLoaded = () => (globalThis as { pdfjsLib?: unknown }).pdfjsLib !== undefined;

describe("pdf.js is loaded only when a PDF is read", () => {
  it("is not loaded by importing the readers or reading a CSV", async () => {
    const { workbook } = await readWorkbook("Kent.csv", new Uint8Array(Buffer.from("Looked after,45\n")));
    expect(workbook?.format).toBe("csv");
    expect(pdfjsLoaded()).toBe(false);
  });

  it("is loaded by the first PDF", async () => {
    const { workbook } = await readWorkbook("Kent.pdf", buildPdf([[[72, 700, "Looked after 45"]]]));
    expect(workbook?.sheets[0]?.rows).toEqual([["Looked after 45"]]);
    expect(pdfjsLoaded()).toBe(true);
  });
});

describe("pdf.js leaves Node's built-ins as they were", () => {
  it("keeps JSON.stringify, JSON.parse and Array.prototype.push Node's own once a PDF has been read", async () => {
    const { workbook } = await readWorkbook("Kent.pdf", buildPdf([[[72, 700, "Looked after 45"]]]));
    expect(workbook?.format).toBe("pdf");
    expect(JSON.stringify).toBe(NATIVE.stringify);
    expect(JSON.parse).toBe(NATIVE.parse);
    expect(Array.prototype.push).toBe(NATIVE.push);
    // What pdf.js adds that Node 20 lacks is left in place (its own code uses it).
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe("function");
  });
});
