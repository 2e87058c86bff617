import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * No text-reading function may be super-linear on a long cell: a 1 MB cell
 * of capitals once took over ten minutes in one backtracking regex. Each
 * character class runs in a child process (longCells.mjs, on dist/) that
 * reports every function it finishes; the child is given a fixed budget many
 * times what linear work needs, and the test asserts that every function
 * finished within it. A super-linear function needs hours at this length,
 * so it can never finish inside the budget, whatever the machine's speed.
 */
const LENGTH = 1_000_000;
const BUDGET_MS = 240_000;

const CLASSES: [string, string][] = [
  ["capitals", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
  ["one capital", "A"],
  ["lower case", "abcdefghijklmnopqrstuvwxyz"],
  ["digits", "0123456789"],
  ["spaces", " "],
  ["punctuation", "!?.,;:-_/()'\"*%"],
  ["mixed", "A1 "],
  ["unicode", "éßжあ€🙂"],
  // Words that start the knowledge's "A … B" patterns, with no B after them.
  ["label words", "Missing UASC children "],
  ["Welsh label words", "masnachu "],
  ["question words", "question 1 how many "],
  // The words of a sentence naming children's nationalities without counts ("The two young people were
  // Afghan and Syrian", "the child was Vietnamese", "both … were Albanian"), with no end in sight.
  ["nationality sentence words", "The two young people child was were both "],
];

function runChild(units: Record<string, string>): Promise<{ done: Set<string>; refused: string[]; stderr: string }> {
  const script = fileURLToPath(new URL("./longCells.mjs", import.meta.url));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, String(LENGTH), JSON.stringify(units)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const budget = setTimeout(() => child.kill("SIGKILL"), BUDGET_MS);
    child.on("close", () => {
      clearTimeout(budget);
      const lines = stdout.split("\n").filter((l) => l.startsWith("done "));
      resolve({
        done: new Set(lines.map((l) => l.split("\t")[0] ?? l)),
        // processFile's lines end "long.csv: read", or name the issue that turned the text away.
        refused: lines.filter((l) => l.startsWith("done processFile") && (/: file_/.test(l) || !l.includes(": read"))),
        stderr,
      });
    });
  });
}

describe("1 MB cells of every character class", () => {
  it.each(CLASSES)(
    "every text-reading function finishes on 1 MB of %s",
    async (name, unit) => {
      const { done, refused, stderr } = await runChild({ [name]: unit });
      expect(stderr).toBe("");
      // Every reader really read the long text (limits raised past it), so each step ran on it.
      expect(refused).toEqual([]);
      // The child lists what it finished; the last function named is the one that did not.
      expect([...done].at(-1)).toBe(`done processFile txt letter ${name}`);
      expect(done.size).toBe(24);
    },
    BUDGET_MS + 10_000,
  );
});
