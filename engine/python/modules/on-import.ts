// Modules whose code loads when a program first imports one (the browser worker: the stdlib modules, one chunk for
// all of them, so that a cold start compiles none). A run is synchronous and cannot wait for a chunk: an import of a module still
// to load stops the run for good (a fatal ImportError, as a timeout: `except` and `finally` do not run) and notes
// the module; runLoadingModules loads what was noted and runs its work again from the start, so the program sees
// the module exactly as if it had been there all along. Node hosts register every module at once (engine/stdlib-all.ts):
// there the interpreter's own table has them and nothing here is consulted.
import type { PyModule } from "../objects/core";
import { exc, ImportError } from "../errors";
import { haltRun } from "../limits";

type Make = () => PyModule;
/** modules whose code loads together (one chunk): the load resolves to each one's factory */
interface Group {
  load: () => Promise<Record<string, Make>>;
  loading?: Promise<void>;
}

const groups = new Map<string, Group>();
const loaded = new Map<string, Make>();
/** the names of all of them as words (built when first used) */
let namePattern: RegExp | undefined;
/** modules an import asked for before their code had loaded, since runLoadingModules last looked */
const wanted = new Set<string>();

/** Names modules that load on first import, all of them together, by `load`. */
export function loadOnImport(names: readonly string[], load: Group["load"]): void {
  const group: Group = { load };
  for (const name of names) groups.set(name, group);
  namePattern = undefined;
}

/**
 * The factory of a module that loads on import (undefined for any other name). For one still to load: notes it
 * and stops the run.
 */
export function moduleOnImport(name: string): Make | undefined {
  if (!groups.has(name)) return undefined;
  const make = loaded.get(name);
  if (make) return make;
  wanted.add(name);
  throw haltRun(exc(ImportError, `module '${name}' has not loaded yet (a host that loads modules on import runs the program again)`));
}

/** A module's code could not be loaded (the browser: its chunk did not arrive). */
export class ModuleLoadError extends Error {}

function load(name: string): Promise<void> {
  const group = groups.get(name)!;
  group.loading ??= group.load().then(
    (makes) => {
      for (const [n, make] of Object.entries(makes)) if (groups.get(n) === group) loaded.set(n, make);
    },
    (e: unknown) => {
      group.loading = undefined; // a later import tries again
      throw new ModuleLoadError(`module '${name}': ${e instanceof Error ? e.message : String(e)}`);
    },
  );
  return group.loading.then(() => {
    if (!loaded.has(name)) throw new ModuleLoadError(`module '${name}': not among the modules its code provides`);
  });
}

/** Loads every module that loads on import (a host that has time to spare: the worker once it is idle). */
export function loadAllOnImport(): Promise<void> {
  return Promise.all([...groups.keys()].map(load)).then(() => undefined);
}

/** the modules still to load whose names occur as words in `sources` (imports, and words that only look like them) */
function namedIn(sources: readonly string[]): string[] {
  if (groups.size === 0) return [];
  namePattern ??= new RegExp(`\\b(?:${[...groups.keys()].join("|")})\\b`, "g");
  const names = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(namePattern)) if (!loaded.has(m[0])) names.add(m[0]);
  return [...names];
}

/**
 * Runs `work` (synchronous runs of the engine, each in a Session it makes itself); when one of them imported a module
 * still to load, loads it and runs `work` again, until no run asks for more. The modules named in `sources` load
 * before the first try, so a program that imports one by name runs once.
 */
export async function runLoadingModules<T>(work: () => T, sources: readonly string[] = []): Promise<T> {
  await Promise.all(namedIn(sources).map(load));
  for (;;) {
    wanted.clear();
    const result = work();
    if (wanted.size === 0) return result;
    await Promise.all([...wanted].map(load));
  }
}
