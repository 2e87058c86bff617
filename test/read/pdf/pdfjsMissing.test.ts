import { describe, expect, it, vi } from "vitest";
import { readWorkbook } from "../../../src/read/readWorkbook.js";
import { buildPdf } from "./buildPdf.js";

// What an install without pdfjs-dist's optional @napi-rs/canvas sees: pdf.js throws while loading.
vi.mock("../../../src/read/pdf/loadPdfjs.js", () => ({
  loadPdfjs: () => Promise.reject(new ReferenceError("DOMMatrix is not defined")),
  pdfjsDataPaths: () => ({}),
}));

describe("readPdf when pdf.js cannot be loaded", () => {
  it("says PDF support is missing, not that the file is damaged", async () => {
    const { workbook, issues } = await readWorkbook("Kent.pdf", buildPdf([[[72, 700, "Looked after 45"]]]));
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      [
        "file_unsupported",
        "Kent.pdf could not be read: PDF support is not available in this installation of foi-agg (pdf.js did not load: DOMMatrix is not defined). Reinstall foi-agg with its optional dependencies (npm install --include=optional), or save the letter as plain text (.txt).",
      ],
    ]);
  });
});
