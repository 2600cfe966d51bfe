// npm run content:load [-- --root exercises]
// Validates the content tree and loads it into the database at DATABASE_URL (one transaction, idempotent).
import { createPrismaClient, databaseUrl } from "../lib/db/client";
import { loadContent, formatSummary } from "../lib/content/load";
import { ContentError, formatIssue } from "../lib/content/read";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<number> {
  let url: string;
  try {
    url = databaseUrl();
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    const summary = await loadContent(prisma, arg("root", "exercises"), { variants: Number(arg("variants", "200")), prove: true });
    console.log(formatSummary(summary));
    console.log("content:load OK");
    return 0;
  } catch (e) {
    if (e instanceof ContentError) {
      for (const i of e.issues) console.error(formatIssue(i));
      console.error(`content:load FAILED: ${e.issues.length} content error(s); nothing was written`);
      return 1;
    }
    throw e;
  } finally {
    await prisma.$disconnect();
  }
}

main().then((code) => process.exit(code));
