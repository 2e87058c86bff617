import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";

/** `foi-agg init` through the whole CLI, in this process; then `foi-agg ingest` on what it made. */
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-init-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(["node", "foi-agg", ...args], io);
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

describe("foi-agg init", () => {
  it("makes a request to edit, an empty returns folder and a README; ingest then reads a return with that request", async () => {
    const dir = join(scratch, "my-round");
    const made = await run("init", dir);
    expect(made.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["README.md", "request.json", "returns"]);
    expect(await readdir(join(dir, "returns"))).toEqual([]);
    expect(await readFile(join(dir, "request.json"), "utf8")).toBe(
      await readFile(join(KNOWLEDGE_DIR, "init-request-example.json"), "utf8"),
    );
    const readme = await readFile(join(dir, "README.md"), "utf8");
    expect(readme).toContain(`foi-agg ingest ${join(dir, "returns")} --request ${join(dir, "request.json")}`);

    await writeFile(
      join(dir, "returns", "Lewisham Council FOI response.csv"),
      [
        "London Borough of Lewisham - Freedom of Information response",
        "Period: 1 January 2023 to 31 December 2023",
        "",
        "Question,Answer",
        "Number of unaccompanied asylum seeking children looked after,57",
        "Number of unaccompanied asylum seeking children who went missing,6",
      ].join("\n"),
    );
    const ingest = await run(
      "ingest",
      join(dir, "returns"),
      "--request",
      join(dir, "request.json"),
      "--out",
      join(dir, "out"),
      "-j",
      "1",
    );
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    const values = parse(await readFile(join(dir, "out", "values.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const lewisham = values.filter((v) => v.authority_name === "Lewisham").map((v) => [v.measure, v.status, v.value]);
    expect(lewisham).toEqual([
      ["uasc_looked_after", "reported", "57"],
      ["uasc_went_missing", "reported", "6"],
    ]);
  }, 60_000);

  it.each(["heading-back-to-harm-2015", "still-in-harms-way-2017", "until-harm-ends-2021-2024"])(
    "--from %s copies that bundled request byte for byte",
    async (round) => {
      const dir = join(scratch, `from-${round}`);
      expect((await run("init", dir, "--from", round)).code).toBe(0);
      const bundled = (await readdir(KNOWLEDGE_DIR)).filter((n) => n.startsWith("request-"));
      const texts = await Promise.all(bundled.map((n) => readFile(join(KNOWLEDGE_DIR, n), "utf8")));
      const source = texts.find((t) => (JSON.parse(t) as { id: string }).id === round);
      expect(await readFile(join(dir, "request.json"), "utf8")).toBe(source);
      expect(await readFile(join(dir, "README.md"), "utf8")).toContain(`copy of the bundled request \`${round}\``);
    },
  );

  it("refuses a folder that already has any of its files, and changes nothing", async () => {
    const dir = join(scratch, "taken");
    await mkdir(dir);
    await writeFile(join(dir, "README.md"), "my notes\n");
    const r = await run("init", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already has README.md");
    expect(await readFile(join(dir, "README.md"), "utf8")).toBe("my notes\n");
    expect(existsSync(join(dir, "request.json"))).toBe(false);
    expect(existsSync(join(dir, "returns"))).toBe(false);
  });

  it("names the bundled rounds when --from names none of them", async () => {
    const r = await run("init", join(scratch, "nope"), "--from", "heading-back-to-harm-2051");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no bundled round");
    expect(r.stderr).toContain("when-harm-remains-2018-2020");
    expect(existsSync(join(scratch, "nope"))).toBe(false);
  });
});
