// Test order for a 2-core machine. The browser-test files need the app build (about two minutes on a clean checkout);
// vitest's own order (longest first, or largest first on a machine with no record of earlier runs) starts exactly
// those files first, and both workers then sit waiting for the build. Instead the build starts here, in the main
// process, as soon as the run is known to need it, and the files that need no build run first while it works.
import fs from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { ensureBuild } from "./next-build.ts";

/** A file that starts the app server (tests/helpers/server.ts) needs the build. */
function needsBuild(spec: TestSpecification): boolean {
  return /\bstartTestServer\(/.test(fs.readFileSync(spec.moduleId, "utf8"));
}

export default class BuildFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const web = new Set(sorted.filter(needsBuild));
    if (web.size > 0) {
      // Test files wait for it in ensureBuild(); a failed build is reported there, to each of them.
      ensureBuild({ inMainProcess: true }).catch(() => {});
    }
    return [...sorted.filter((f) => !web.has(f)), ...web];
  }
}
