import JSZip from "jszip";

/** A zip built with jszip from a name → content map (folders come from the names). */
export async function buildZip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Rewrite fields of one entry's central-directory record, the way a hostile
 * or broken archive would: `declaredSize` lies about the inflated size,
 * `encrypted` sets the password flag.
 */
export function patchCentralEntry(
  zip: Uint8Array,
  name: string,
  patch: { declaredSize?: number; encrypted?: boolean },
): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const stored = out.subarray(i + 46, i + 46 + length);
    if (length !== nameBytes.length || !stored.every((b, k) => b === nameBytes[k])) continue;
    if (patch.declaredSize !== undefined) view.setUint32(i + 24, patch.declaredSize, true);
    if (patch.encrypted) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    return out;
  }
  throw new Error(`no entry ${name}`);
}
