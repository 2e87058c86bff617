#!/usr/bin/env node
import { statSync } from "node:fs";
import { bundleIsCurrent } from "../dist/cli/bundleIsCurrent.js";
import { compileRegExpsAtOnce } from "../dist/cli/compileRegExpsAtOnce.js";
import { optimiseHotCodeOnly } from "../dist/cli/optimiseHotCodeOnly.js";

// Before any of the CLI is loaded, so that no pattern has been compiled yet,
// and no function of the CLI's has been given V8's default budget.
compileRegExpsAtOnce();
optimiseHotCodeOnly();
// The bundle of dist/cli/main.js that `npm run build` makes (.rolldown.config.mjs), when it is current.
const bundled = bundleIsCurrent(modified("../dist/bundle/main.js"), modified("../dist/cli/main.js"));
const { main } = await import(bundled ? "../dist/bundle/main.js" : "../dist/cli/main.js");

/** A file's modification time in ms, or undefined when it is missing. */
function modified(path) {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * A stream the reader closed early (`foi-agg ingest … | head`) fails every
 * later write with EPIPE. Progress and the summary are only for reading, so
 * a closed stream stops them and never costs the run or its outputs: later
 * writes are dropped, and any other stream error is still raised.
 */
function openStream(stream) {
  let open = true;
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
    open = false;
  });
  return (text) => {
    if (!open) return;
    try {
      stream.write(text);
    } catch (err) {
      if (err.code !== "EPIPE") throw err;
      open = false;
    }
  };
}

process.exitCode = await main(
  process.argv,
  {
    stdout: openStream(process.stdout),
    stderr: openStream(process.stderr),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns ?? process.stdout.columns,
  },
  process.env,
);
