// Setup for the files that share a worker (vitest.config.ts, project "shared"): some call the ndarray core directly,
// outside any interpreter run, where the limits of the previous file's last run would still apply (its deadline has
// long passed). Each file starts with the limits the engine has before its first run.
import { beforeAll } from "vitest";
import { resetOutsideRun } from "../../engine/python/limits";

beforeAll(resetOutsideRun);
