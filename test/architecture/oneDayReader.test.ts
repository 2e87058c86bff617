import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayOnly, periodsIn } from "../../src/parse/parsePeriod.js";

/** Every .ts file under a folder, as [path, text]. */
function sourcesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return [path, readFileSync(path, "utf8")];
    });
}

/**
 * A lone day is read by one reader, `dayOnly`. The old trick of reading it
 * as a range from the day to itself (`periodsIn(\`${d} to ${d}\`)`) gave the
 * same answers through a second path, so a fix to how days are written
 * could reach one reader and miss the other.
 */
describe("one reader of a lone day", () => {
  it("no source reads a day as a range from itself to itself", () => {
    const trick = /periodsIn\(\s*`\$\{([^}]+)\}\s+to\s+\$\{\1\}`/u;
    const users = sourcesUnder(join(import.meta.dirname, "../../src"))
      .filter(([, text]) => trick.test(text))
      .map(([path]) => path);
    expect(users).toEqual([]);
  });

  it.each([
    "31 December 2024",
    "31st December 2024",
    "31 Dec. 2024",
    "31/12/2024",
    "31.12.2024",
    "31/12/24",
    "2024-12-31",
  ])("dayOnly reads %s as the trick did", (written) => {
    const range = periodsIn(`${written} to ${written}`)[0];
    expect(range?.start).toBe(range?.end);
    expect(dayOnly(written)).toBe(range?.end);
  });
});
