// The content pipeline in one call, one way: read (read.ts) → validate (validate.ts) → prove (prove.ts). The loader
// (load.ts), content:check and the tests call it; each step runs only when the one before found nothing wrong.
import { ContentError, readContent } from "./read";
import { validateContent } from "./validate";
import { proveContent, type ContentProof, type ProveOptions } from "./prove";
import type { Content } from "./model";

export interface CheckOptions {
  /** Seeded variants drawn per parameterised item (default 100). */
  variants?: number;
  /** Run the code content through the graders (default: not proved). */
  prove?: ProveOptions | false;
}

/** The checked content and its proof (null when not proved). Throws ContentError listing every problem. */
export async function checkContent(
  rootDir = "exercises",
  opts: CheckOptions = {},
): Promise<{ content: Content; proof: ContentProof | null }> {
  const content = await readContent(rootDir);
  const issues = await validateContent(content, { variants: opts.variants ?? 100 });
  if (issues.length) throw new ContentError(issues);
  if (!opts.prove) return { content, proof: null };
  const proof = await proveContent(content, opts.prove);
  if (proof.issues.length) throw new ContentError(proof.issues);
  return { content, proof };
}
