/**
 * The CLI as one bundle (dist/bundle/), made from tsc's output in dist/ by
 * `npm run build`. Node's module loader resolves, reads, compiles and links
 * every module of its own: some 400 for an ingest (the CLI's own and zod's),
 * about a third of a second of CPU at every start. Bundled, an ingest loads a
 * few dozen files. Commands, and readers that only some rounds need, stay
 * apart (they are imported when used), as does the worker thread's entry.
 *
 * The bundle sits two folders below the project, as dist/cli/ does, so paths
 * made from import.meta.url (package.json, src/knowledge/, worker.js beside
 * the pool) reach the same files. exceljs and pdf.js are loaded as they are
 * (exceljs through require, pdf.js with its worker from its own folder).
 */
export default {
  input: { main: "dist/cli/main.js", worker: "dist/pipeline/worker.js" },
  platform: "node",
  external: [/^node:/, /^(exceljs|pdfjs-dist|playwright-core|jszip)(\/|$)/],
  output: { dir: "dist/bundle", format: "esm", cleanDir: true },
};
