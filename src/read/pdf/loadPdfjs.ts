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
  loading ??= keepingBuiltins(async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // pdf.js would import its parser on the first document, and the parser brings
    // polyfills of its own; importing it here (the same file, so the same module)
    // lets them be undone with the library's.
    await import(PDF_WORKER);
    return pdfjs;
  });
  return loading;
}

/** A plain string, so TypeScript does not look for types the file has none of. */
const PDF_WORKER: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * The built-ins whose methods must stay Node's own. pdf.js's legacy build
 * carries core-js polyfills, and on Node 20 they replace some built-ins
 * for the whole process, not just for pdf.js: JSON.stringify and
 * JSON.parse are rebuilt in JavaScript (for a JSON.rawJSON proposal Node 20
 * lacks), scanning every output character by character, and
 * Array.prototype.push becomes a JavaScript function. After the first PDF
 * of a run, writing quality.json took seconds and every push in the
 * pipeline ran through the polyfill. Node's own methods do everything
 * pdf.js asks of them, so the replaced ones are put back; what pdf.js adds
 * (methods Node 20 does not have) stays.
 */
const BUILTINS: readonly object[] = [
  JSON,
  Math,
  Reflect,
  Object,
  Object.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  RegExp.prototype,
  Function.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  Date.prototype,
  Uint8Array,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

/** Run `load`, then put back every built-in method it replaced. */
async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const before = BUILTINS.map((owner) => {
    const methods = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) {
      const described = Object.getOwnPropertyDescriptor(owner, key);
      if (typeof described?.value === "function") methods.set(key, described);
    }
    return { owner, methods };
  });
  try {
    return await load();
  } finally {
    for (const { owner, methods } of before) {
      for (const [key, described] of methods) {
        if (Object.getOwnPropertyDescriptor(owner, key)?.value !== described.value) {
          Object.defineProperty(owner, key, described);
        }
      }
    }
  }
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
