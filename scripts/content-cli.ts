// What the content scripts (content:mutants, exercises:check) share: reading `--name value` options, and reading the
// content tree with its errors printed (file and field) instead of a stack trace.
import { ContentError, formatIssue, readContent } from "../lib/content/read";

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The content under `root` (read only: files, schemas, cross-references), or null after printing why it cannot be read. */
export async function readContentOrReport(root: string): Promise<Awaited<ReturnType<typeof readContent>> | null> {
  try {
    return await readContent(root);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const i of e.issues) console.error(formatIssue(i));
    return null;
  }
}
