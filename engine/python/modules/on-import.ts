// Modules whose code loads when a program first imports one (the browser worker: the stdlib modules, one chunk for
// all of them, so that a cold start compiles none). A run is synchronous and cannot wait for a chunk: an import of a module still
// to load stops the run for good (a fatal ImportError, as a timeout: `except` and `finally` do not run) and notes
// the module; runLoadingModules loads what was noted and runs its work again from the start, so the program sees
// the module exactly as if it had been there all along. Code that a module's rarer names need loads the same way
// (loadOnUse: NumPy's, engine/numpy-more.ts): looking one up before it has loaded stops the run. Node hosts register
// every module and all that code at once (engine/stdlib-all.ts): there nothing here is consulted.
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
/** code loaded on first use, by key; `words`: the names it provides, whose mention in a program loads it first */
interface Code {
  words: readonly string[];
  load: () => Promise<unknown>;
  loading?: Promise<void>;
  loaded: boolean;
}
const codes = new Map<string, Code>();
/** the names of all of them (modules, and the words of code loaded on use) as words (built when first used) */
let namePattern: RegExp | undefined;
/** modules an import asked for, and code a name asked for, before it had loaded, since runLoadingModules last looked */
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

/** Names code (`key`) that loads when a program first uses one of `words` (see stopUntilLoaded), by `load`. */
export function loadOnUse(key: string, words: readonly string[], load: () => Promise<unknown>): void {
  codes.set(key, { words, load, loaded: false });
  namePattern = undefined;
}

/**
 * Notes that the run needs `key`'s code and stops it, as an import of a module still to load does; `what` names what
 * was looked up. runLoadingModules loads the code and runs the work again, in fresh sessions that have it.
 */
export function stopUntilLoaded(key: string, what: string): never {
  wanted.add(key);
  throw haltRun(exc(ImportError, `${what} has not loaded yet (a host that loads code on first use runs the program again)`));
}

/** A module's code could not be loaded (the browser: its chunk did not arrive). */
export class ModuleLoadError extends Error {}

function loadCode(key: string): Promise<void> {
  const code = codes.get(key)!;
  code.loading ??= code.load().then(
    () => {
      code.loaded = true;
    },
    (e: unknown) => {
      code.loading = undefined; // a later use tries again
      throw new ModuleLoadError(`${key}: ${e instanceof Error ? e.message : String(e)}`);
    },
  );
  return code.loading;
}

function load(name: string): Promise<void> {
  if (codes.has(name)) return loadCode(name);
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

/** Loads every module that loads on import, and all code loaded on use (a host that has time to spare: the worker once
 *  it is idle). */
export function loadAllOnImport(): Promise<void> {
  return Promise.all([...groups.keys(), ...codes.keys()].map(load)).then(() => undefined);
}

/** the code key of each word that loads code on use */
let codeOfWord: Map<string, string> | undefined;
/** the modules and code still to load whose names occur as words in `sources` (imports and uses, and words that only
 *  look like them) */
function namedIn(sources: readonly string[]): string[] {
  if (groups.size === 0 && codes.size === 0) return [];
  if (!namePattern) {
    codeOfWord = new Map();
    for (const [key, code] of codes) for (const w of code.words) codeOfWord.set(w, key);
    namePattern = new RegExp(`\\b(?:${[...groups.keys(), ...codeOfWord.keys()].join("|")})\\b`, "g");
  }
  const names = new Set<string>();
  for (const s of sources)
    for (const m of s.matchAll(namePattern)) {
      const key = codeOfWord?.get(m[0]);
      if (key !== undefined && !codes.get(key)!.loaded) names.add(key);
      if (groups.has(m[0]) && !loaded.has(m[0])) names.add(m[0]);
    }
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
