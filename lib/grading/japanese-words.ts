// Japanese word segmentation for the short-text rubric (short-text.ts): Lindera with its bundled IPADIC dictionary
// (npm lindera-wasm-nodejs-ipadic — WebAssembly, offline, the maintained Rust successor of kuromoji). Server only:
// the dictionary loads on the first Japanese keyword (about 2 s and +160 MB RSS, measured; kuromoji's fork took
// 5.5 s and +340 MB), never at import time, and the package is never part of the browser bundle
// (next.config serverExternalPackages; no client component imports lib/grading/short-text).
import { createRequire } from "node:module";
import path from "node:path";

export interface Word {
  /** The text as written (NFKC, lower case). */
  surface: string;
  /** The dictionary form ("し" → "する"), or the surface for unknown words. */
  base: string;
}

interface LinderaToken {
  surface: string;
  baseForm?: string;
}
interface LinderaTokenizer {
  tokenize(text: string): LinderaToken[];
}

let tokenizer: LinderaTokenizer | null = null;

/** Loads the tokenizer once (synchronously: the package instantiates its WebAssembly with readFileSync). */
function load(): LinderaTokenizer {
  if (tokenizer) return tokenizer;
  // Resolved from the project root at run time, so that bundlers never follow it into a client chunk.
  const req = createRequire(path.join(process.cwd(), "package.json"));
  const { TokenizerBuilder } = req("lindera-wasm-nodejs-ipadic") as {
    TokenizerBuilder: new () => { setDictionary(uri: string): void; setMode(mode: string): void; build(): LinderaTokenizer };
  };
  const builder = new TokenizerBuilder();
  builder.setDictionary("embedded://ipadic");
  builder.setMode("normal");
  tokenizer = builder.build();
  return tokenizer;
}

/** Words of a text (already NFKC-normalised and lower-cased), separators and whitespace dropped. */
export function japaneseWords(text: string): Word[] {
  const out: Word[] = [];
  for (const t of load().tokenize(text)) {
    if (/^[\s\-_・‐･]*$/.test(t.surface)) continue;
    const base = t.baseForm && t.baseForm !== "*" ? t.baseForm : t.surface;
    out.push({ surface: t.surface, base });
  }
  return out;
}
