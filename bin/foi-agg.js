#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

process.exitCode = await main(
  process.argv,
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns ?? process.stdout.columns,
  },
  process.env,
);
