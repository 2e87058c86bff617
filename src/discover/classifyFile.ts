export type FileClass = { skip: false } | { skip: true; reason: string };

/**
 * Files that operating systems and Office leave in folders, tested in order
 * on the file's base name (or, for `inFolder` rules, on any folder in its
 * path). None can hold a return: they are listed as not ingested with the
 * reason, never silently dropped.
 */
const DEBRIS: readonly { test: RegExp; inFolder?: boolean; reason: string }[] = [
  { test: /^__MACOSX$/, inFolder: true, reason: "macOS zip-archive metadata (__MACOSX folder)" },
  { test: /^\.DS_Store$/i, reason: "macOS folder view settings (.DS_Store)" },
  { test: /^\._/, reason: "macOS file metadata copy (._ file)" },
  { test: /^Thumbs\.db$/i, reason: "Windows thumbnail cache (Thumbs.db)" },
  { test: /^ehthumbs(_vista)?\.db$/i, reason: "Windows thumbnail cache (ehthumbs.db)" },
  { test: /^desktop\.ini$/i, reason: "Windows folder settings (desktop.ini)" },
  // Excel and Word create "~$name" while a document is open and delete it on close.
  { test: /^~\$/, reason: "Office lock file, left while the document was open (~$ file)" },
  { test: /^\.~lock\..*#$/, reason: "LibreOffice lock file, left while the document was open (.~lock file)" },
  { test: /^\./, inFolder: true, reason: "inside a hidden folder" },
  { test: /^\./, reason: "hidden file (its name starts with a dot)" },
];

/** Say whether a discovered file (relative path, forward slashes) is system debris rather than a possible return. */
export function classifyFile(file: string): FileClass {
  const parts = file.split("/");
  const name = parts[parts.length - 1] ?? file;
  const folders = parts.slice(0, -1);
  for (const rule of DEBRIS) {
    const hit = rule.inFolder ? folders.some((folder) => rule.test.test(folder)) : rule.test.test(name);
    if (hit) return { skip: true, reason: rule.reason };
  }
  return { skip: false };
}
