import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderSchemas, SCHEMA_REGISTRY, SCHEMAS_DIR } from "../../src/scripts/write-schemas.js";

const generated = renderSchemas();
const STALE = "is stale: run `npm run schemas` and commit schemas/";

describe("schemas/ matches the zod schemas", () => {
  it.each([...generated.keys()])("%s is up to date", (name) => {
    const path = `${SCHEMAS_DIR}${name}`;
    expect(existsSync(path), `schemas/${name} is missing: run \`npm run schemas\``).toBe(true);
    expect(readFileSync(path, "utf8"), `schemas/${name} ${STALE}`).toBe(generated.get(name));
  });

  it("holds no schema that is no longer generated", () => {
    const committed = readdirSync(SCHEMAS_DIR).filter((n) => n.endsWith(".schema.json"));
    expect(committed.sort(), `schemas/ ${STALE}`).toEqual([...generated.keys()].sort());
  });
});

describe("renderSchemas", () => {
  it.each([...SCHEMA_REGISTRY])("$name names itself and has a title", (entry) => {
    const json = JSON.parse(generated.get(`${entry.name}.schema.json`) ?? "{}") as Record<string, unknown>;
    expect(json.$id).toBe(`${entry.name}.schema.json`);
    expect(json.title).toBe(entry.title);
    expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("changes when a schema changes, so the golden test catches drift", () => {
    const entry = { name: "value-row", title: "A row of values.csv", schema: z.object({ only: z.string() }) };
    expect(renderSchemas([entry]).get("value-row.schema.json")).not.toBe(generated.get("value-row.schema.json"));
  });
});
