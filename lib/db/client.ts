// The application's PrismaClient: one per process (kept on globalThis so Next's hot reload in dev doesn't open a new
// pool on every edit), talking to PostgreSQL through the `pg` driver adapter, configured from DATABASE_URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };

/** Builds a new client for `url` (tests and scripts use this for databases other than DATABASE_URL). */
export function createPrismaClient(url: string, opts: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: opts.max ?? Number(process.env.DATABASE_POOL_MAX ?? 20),
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // Prisma's defaults (2 s to start an interactive transaction, 5 s to finish it) fail working requests on a busy
  // 2-core machine: under load an LTI platform's registration took 6.8 s and a sign-up waited over 2 s for its start,
  // and both answered with an error. Waiting longer is better than failing; the hot paths set their own limits.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

const globalForPrisma = globalThis as unknown as { __kakuninPrisma?: { url: string; client: PrismaClient } };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it starts an embedded PostgreSQL and sets it), " +
        "or set DATABASE_URL=postgresql://user:password@host:5432/db.",
    );
  }
  return url;
}

/** The app's database client: the process-wide client for DATABASE_URL, created on first call (so importing never throws). */
export function db(): PrismaClient {
  const url = databaseUrl();
  const cached = globalForPrisma.__kakuninPrisma;
  if (cached && cached.url === url) return cached.client;
  if (cached) void cached.client.$disconnect().catch(() => {});
  const client = createPrismaClient(url);
  globalForPrisma.__kakuninPrisma = { url, client };
  return client;
}

/** Closes the process-wide client, if one was created (scripts and tests call this before exiting). */
export async function disconnectPrisma(): Promise<void> {
  const cached = globalForPrisma.__kakuninPrisma;
  globalForPrisma.__kakuninPrisma = undefined;
  if (cached) await cached.client.$disconnect();
}
