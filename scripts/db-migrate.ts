// npm run db:migrate — applies pending migrations from prisma/migrations to DATABASE_URL (or the embedded database
// in .data/pg). `npm start` does the same on every start; this is for deployments that migrate as a separate step.
import { databaseForCommand } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

const log = (l: string) => console.log(`[db:migrate] ${l}`);

async function main(): Promise<void> {
  const db = await databaseForCommand(log);
  try {
    const r = await migrate({ url: db.url, log });
    log(
      r.applied.length
        ? `applied ${r.applied.length} migration(s) in ${r.ms} ms; ${r.alreadyApplied.length} were already applied`
        : `database is up to date (${r.alreadyApplied.length} migration(s) applied) — ${r.ms} ms`,
    );
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(`[db:migrate] error: ${e.message}`);
  process.exit(1);
});
