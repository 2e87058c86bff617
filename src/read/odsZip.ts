import JSZip from "jszip";

/**
 * Bounded access to the parts of an OpenDocument zip. A zip can declare
 * small sizes and inflate to gigabytes, so every part is checked twice: its
 * declared size before inflating, and the bytes actually inflated while
 * streaming, with a cap on the total across parts.
 *
 * MERGE NOTE for the lead: this is the spreadsheet reader's stand-in for the
 * shared `zipArchive.ts` written on the docx branch. `OpenedZip` is the whole
 * surface readOds.ts uses (`has`, `streamText`); swap the body of
 * `openOdsZip` for the shared module and delete this file.
 */
export interface ZipLimits {
  /** Largest inflated size of one part, declared or actual. */
  entryBytes: number;
  /** Largest inflated size of all parts read from one file together. */
  totalBytes: number;
}

export type StreamOutcome =
  | { status: "done" }
  | { status: "stopped" }
  | { status: "missing" }
  | { status: "broken"; reason: string }
  | { status: "too_big"; limit: "entryBytes" | "totalBytes"; bytes: number };

export interface OpenedZip {
  has(name: string): boolean;
  /**
   * Inflate one part as UTF-8, handing the text over in pieces. `onText`
   * returns false to stop early (the rest is never inflated).
   */
  streamText(name: string, onText: (text: string) => boolean): Promise<StreamOutcome>;
}

export async function openOdsZip(
  bytes: Uint8Array,
  limits: ZipLimits,
): Promise<{ zip: OpenedZip } | { error: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  let inflated = 0;
  return {
    zip: {
      has: (name) => zip.file(name) !== null,
      async streamText(name, onText) {
        const entry = zip.file(name);
        if (!entry) return { status: "missing" };
        const declared = declaredSize(entry);
        if (declared !== null && declared > limits.entryBytes) {
          return { status: "too_big", limit: "entryBytes", bytes: declared };
        }
        if (declared !== null && inflated + declared > limits.totalBytes) {
          return { status: "too_big", limit: "totalBytes", bytes: inflated + declared };
        }
        const decoder = new TextDecoder("utf-8");
        let own = 0;
        const stream = (entry as unknown as { internalStream(type: "uint8array"): InflateStream }).internalStream(
          "uint8array",
        );
        return new Promise<StreamOutcome>((resolve) => {
          let settled = false;
          const settle = (outcome: StreamOutcome): void => {
            if (settled) return;
            settled = true;
            // Pausing stops the inflater, so nothing past a limit is ever inflated.
            stream.pause();
            resolve(outcome);
          };
          stream
            .on("data", (piece) => {
              if (settled) return;
              own += piece.byteLength;
              inflated += piece.byteLength;
              if (own > limits.entryBytes) return settle({ status: "too_big", limit: "entryBytes", bytes: own });
              if (inflated > limits.totalBytes) {
                return settle({ status: "too_big", limit: "totalBytes", bytes: inflated });
              }
              if (!onText(decoder.decode(piece, { stream: true }))) settle({ status: "stopped" });
            })
            .on("error", (err) =>
              settle({ status: "broken", reason: err instanceof Error ? err.message : String(err) }),
            )
            .on("end", () => {
              const tail = decoder.decode();
              settle(tail !== "" && !onText(tail) ? { status: "stopped" } : { status: "done" });
            })
            .resume();
        });
      },
    },
  };
}

/** jszip's own stream of an entry's inflated bytes (not in its typings; `nodeStream` needs Node streams it may not find). */
interface InflateStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", listener: (err: unknown) => void): InflateStream;
  on(event: "end", listener: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

/**
 * The size the zip's central directory declares for a part. jszip keeps it
 * on a private field; when absent we rely on counting while inflating.
 */
function declaredSize(entry: JSZip.JSZipObject): number | null {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  const size = data?.uncompressedSize;
  return typeof size === "number" && size >= 0 ? size : null;
}
