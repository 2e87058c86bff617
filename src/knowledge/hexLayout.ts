import { join } from "node:path";
import { z } from "zod";
import { KNOWLEDGE_DIR, loadJson } from "./files.js";

/**
 * Where each authority sits on the report's hex map, keyed by GSS code.
 * "odd-r" is the hexjson convention: pointy-topped hexes, odd rows pushed
 * half a hex to the right, row 0 at the bottom (south). An authority the
 * layout lacks still gets a tile: the report places it in a fallback grid.
 */
export const HEX_LAYOUT_FILE = "hex-layout-2015.json";

const HexSchema = z.object({
  /** The place's name, for people editing the file; the report uses the reference list's name. */
  n: z.string().min(1),
  q: z.number().int(),
  r: z.number().int(),
});

export const HexLayoutSchema = z
  .object({
    $comment: z.string().optional(),
    /** Attribution that must travel with the layout. */
    source: z.object({ name: z.string().min(1), licence: z.string().min(1), files: z.array(z.string()) }),
    layout: z.literal("odd-r"),
    hexes: z.record(z.string().regex(/^[ENSW]\d{8}$/, "expected a GSS code"), HexSchema),
  })
  .superRefine((layout, ctx) => {
    const taken = new Map<string, string>();
    for (const [code, hex] of Object.entries(layout.hexes)) {
      const key = `${hex.q},${hex.r}`;
      const other = taken.get(key);
      if (other !== undefined) {
        ctx.addIssue({ code: "custom", path: ["hexes", code], message: `${code} and ${other} share hex ${key}` });
      }
      taken.set(key, code);
    }
  });
export type HexLayout = z.infer<typeof HexLayoutSchema>;

export function loadHexLayout(dir: string = KNOWLEDGE_DIR): HexLayout {
  return loadJson(join(dir, HEX_LAYOUT_FILE), HexLayoutSchema);
}
