// Modules that load on first import (engine/python/modules/on-import.ts): an import of one still to load stops the
// run for good, runLoadingModules loads it and runs the work again, and the program then runs as if the module had
// been there all along. Each test registers modules of its own, so none sees another's loads.
import { describe, expect, test } from "vitest";
import { runPython } from "../../../engine/index";
import { PyBuiltin, PyModule } from "../../../engine/python/objects/core";
import { loadOnImport, loadOnUse, ModuleLoadError, runLoadingModules, stopUntilLoaded } from "../../../engine/python/modules/on-import";
import { STDLIB_NAMES } from "../../../engine/python/modules/stdlib/loaders";
import { STDLIB_MODULES } from "../../../engine/python/modules/stdlib/all";

/** a module `name` whose `f()` returns `value`; `loads` counts the loads of its group */
function lazyModules(names: string[], value = 42) {
  const state = { loads: 0, fail: false };
  loadOnImport(names, async () => {
    state.loads++;
    if (state.fail) throw new Error("chunk did not arrive");
    return Object.fromEntries(
      names.map((name) => [
        name,
        () => {
          const m = new PyModule(name);
          m.dict.set("f", new PyBuiltin("f", () => value));
          return m;
        },
      ]),
    );
  });
  return state;
}

/** runs `src` through runLoadingModules; tries = how many times the work ran */
async function run(src: string, sources: string[] = []) {
  let tries = 0;
  const r = await runLoadingModules(() => {
    tries++;
    return runPython(src);
  }, sources);
  return { r, tries, shown: r.stdout + (r.error ? `${r.error.type}: ${r.error.message}` : "") };
}

describe("modules loaded on import", () => {
  test("an import before the module loads stops the run: except, finally, __exit__ and later lines do not run", () => {
    lazyModules(["lazy_a"]);
    const r = runPython(
      "class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        print('exit')\n        return True\n" +
        "with CM():\n    try:\n        import lazy_a\n    except BaseException:\n        print('caught')\n    finally:\n        print('finally')\nprint('after')\nwhile True:\n    pass",
      { timeoutMs: 2000 },
    );
    expect(r.stdout).toBe("");
    expect(r.error?.type).toBe("ImportError");
    expect(r.error?.message).toBe("module 'lazy_a' has not loaded yet (a host that loads modules on import runs the program again)");
  });

  test("runLoadingModules loads it and runs the work again; the program sees the module", async () => {
    const state = lazyModules(["lazy_b"], 7);
    const { shown, tries } = await run("print('start')\nimport lazy_b\nprint(lazy_b.f())");
    expect(shown).toBe("start\n7\n");
    expect([tries, state.loads]).toEqual([2, 1]);
    expect((await run("import lazy_b\nprint(lazy_b.f() + 1)")).tries).toBe(1);
  });

  test("a computed name, an import in a function, and one under try/except all load", async () => {
    lazyModules(["lazy_c1"]);
    lazyModules(["lazy_c2"]);
    lazyModules(["lazy_c3"]);
    const src =
      "m = __import__('lazy_' + 'c1')\ndef g():\n    import lazy_c2\n    return lazy_c2.f()\n" +
      "try:\n    import lazy_c3\nexcept ImportError:\n    print('missing')\nprint(m.f(), g(), lazy_c3.f())";
    const { shown, tries } = await run(src);
    expect(shown).toBe("42 42 42\n");
    expect(tries).toBe(4);
  });

  test("modules of one group load together; modules named in the sources load before the first try", async () => {
    const state = lazyModules(["lazy_d1", "lazy_d2"]);
    const src = "import lazy_d1, lazy_d2\nprint(lazy_d1.f() + lazy_d2.f())";
    const { shown, tries } = await run(src, [src]);
    expect(shown).toBe("84\n");
    expect([tries, state.loads]).toEqual([1, 1]);
  });

  test("a name that only contains a module's name loads nothing before the first try", async () => {
    const state = lazyModules(["lazy_e"]);
    const { tries } = await run("print(1)", ["lazy_ex = 1 # not_lazy_e"]);
    expect([tries, state.loads]).toEqual([1, 0]);
  });

  test("a load that fails rejects with ModuleLoadError, and the next import tries again", async () => {
    const state = lazyModules(["lazy_f"]);
    state.fail = true;
    await expect(run("import lazy_f")).rejects.toThrow(ModuleLoadError);
    state.fail = false;
    expect((await run("import lazy_f\nprint(lazy_f.f())")).shown).toBe("42\n");
    expect(state.loads).toBe(2);
  });

  test("a group whose code lacks a module it names rejects instead of running the work forever", async () => {
    loadOnImport(["lazy_g1", "lazy_g2"], async () => ({ lazy_g1: () => new PyModule("lazy_g1") }));
    await expect(run("import lazy_g2")).rejects.toThrow(/lazy_g2.*not among/);
  });

  test("the browser's stdlib names are the modules Node registers at once", () => {
    expect([...STDLIB_NAMES].sort()).toEqual(Object.keys(STDLIB_MODULES).sort());
  });
});

// Code a module's rarer names need, loaded on their first use (loadOnUse: NumPy's, engine/numpy-more.ts): looking one
// up before it has loaded stops the run as an import does, and runLoadingModules loads it and runs the work again.
describe("code loaded on first use", () => {
  /** a module `name` (loaded on import) whose `<name>_g` needs code `key`, loaded on use: `<name>_g()` returns 5 */
  function lazyUse(name: string, key: string) {
    const state = { loads: 0, loaded: false };
    const g = `${name}_g`;
    loadOnUse(key, [g], async () => {
      state.loads++;
      state.loaded = true;
    });
    loadOnImport([name], async () => ({
      [name]: () => {
        const m = new PyModule(name);
        if (state.loaded) m.dict.set(g, new PyBuiltin(g, () => 5));
        else m.pending = (n) => (n === undefined || n === g ? stopUntilLoaded(key, `${name}.${n ?? "*"}`) : undefined);
        return m;
      },
    }));
    return state;
  }

  test("a lookup before the code loads stops the run; runLoadingModules loads it and runs the work again", async () => {
    const state = lazyUse("use_a", "code-a");
    const { shown, tries } = await run("import use_a\nprint('start')\nf = getattr(use_a, 'use_a' + '_g')\nprint(f())");
    expect(shown).toBe("start\n5\n");
    expect([tries, state.loads]).toEqual([3, 1]); // the module's import, then its name
    const before = lazyUse("use_b", "code-b");
    await run("import use_b");
    const r = runPython("import use_b\nprint(1)\ntry:\n    use_b.use_b_g\nfinally:\n    print('finally')");
    expect(r.stdout).toBe("1\n");
    expect(r.error?.message).toBe("use_b.use_b_g has not loaded yet (a host that loads code on first use runs the program again)");
    expect(before.loads).toBe(0);
  });

  test("a program that names one of its words loads the code before its first try", async () => {
    const state = lazyUse("use_c", "code-c");
    const src = "import use_c\nprint(use_c.use_c_g())";
    const { shown, tries } = await run(src, [src]);
    expect(shown).toBe("5\n");
    expect([tries, state.loads]).toEqual([1, 1]);
  });
});
