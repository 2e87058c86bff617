import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js, imported on first use: it takes a few hundred milliseconds to
 * load, which a run with no PDF in it should not pay. The legacy build is
 * the one that runs in Node. In Node it needs no worker thread: it sets
 * `GlobalWorkerOptions.workerSrc` to "./pdf.worker.mjs" itself and runs the
 * parser in this thread by importing that file from its own folder, so
 * nothing is fetched.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loading;
}

/**
 * pdf.js's own data folders, as file paths. In Node pdf.js reads these with
 * `fs.readFile` (its NodeBinaryDataFactory), never over the network: CMaps
 * for text in CJK fonts that are not embedded, font programs for the 14
 * standard fonts when a PDF does not embed them, and the wasm decoders and
 * ICC profiles. Text extraction works without them for Latin text (the
 * standard fonts' widths are built in), but with them set pdf.js never
 * warns or guesses. Paths must end in "/" (pdf.js appends file names).
 */
export function pdfjsDataPaths(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const folder = (name: string) => `${join(root, name)}/`;
  return {
    cMapUrl: folder("cmaps"),
    standardFontDataUrl: folder("standard_fonts"),
    wasmUrl: folder("wasm"),
    iccUrl: folder("iccs"),
  };
}
