import type { LabelVocabulary } from "../knowledge/labels.js";

/** Header patterns of the special tables, compiled once per vocabulary. */
export interface TablePatterns {
  nationalityHeader: RegExp[];
  totalRow: RegExp[];
  child: RegExp[];
  episodeId: RegExp[];
  group: RegExp[];
  groupCodes: { trafficked: RegExp[]; uasc: RegExp[] };
  status: RegExp[];
  episodeCount: RegExp[];
  wentMissingFlag: RegExp[];
  missingDate: RegExp[];
  returnedDate: RegExp[];
  stillMissing: RegExp[];
  stillMissingFlag: RegExp[];
  returnedFlag: RegExp[];
  yes: RegExp[];
  no: RegExp[];
}

const cache = new WeakMap<LabelVocabulary, TablePatterns>();

export function tablePatterns(vocab: LabelVocabulary): TablePatterns {
  let p = cache.get(vocab);
  if (!p) {
    const re = (list: string[]) => list.map((s) => new RegExp(s, "u"));
    p = {
      nationalityHeader: re(vocab.nationality.headers),
      totalRow: re(vocab.nationality.totalRow),
      child: re(vocab.episodes.child),
      episodeId: re(vocab.episodes.episodeId),
      group: re(vocab.episodes.group),
      groupCodes: { trafficked: re(vocab.episodes.groupCodes.trafficked), uasc: re(vocab.episodes.groupCodes.uasc) },
      status: re(vocab.episodes.status),
      episodeCount: re(vocab.episodes.episodeCount),
      wentMissingFlag: re(vocab.episodes.wentMissingFlag),
      missingDate: re(vocab.episodes.missingDate),
      returnedDate: re(vocab.episodes.returnedDate),
      stillMissing: re(vocab.episodes.stillMissing),
      stillMissingFlag: re(vocab.episodes.stillMissingFlag),
      returnedFlag: re(vocab.episodes.returnedFlag),
      yes: re(vocab.episodes.yes),
      no: re(vocab.episodes.no),
    };
    cache.set(vocab, p);
  }
  return p;
}

export function matchesAny(res: RegExp[], normalised: string): boolean {
  return res.some((r) => r.test(normalised));
}
