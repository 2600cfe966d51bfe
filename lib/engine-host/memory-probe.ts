// The engine's MemoryProbe on Node: what the current isolate holds (V8 heap + external memory, i.e. typed-array
// backing stores, which V8 heap limits do not count). v8.getHeapStatistics() is per isolate, so each
// worker_threads thread measures only itself.
import v8 from "node:v8";
import vm from "node:vm";

export interface NodeMemoryProbe {
  liveBytes(): number;
  collect?(): void;
}

let gc: (() => void) | null | undefined;

/** A full, synchronous GC: --expose-gc set at run time makes `gc` a global of contexts created afterwards. */
function forcedGc(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    v8.setFlagsFromString("--expose-gc");
    const fn: unknown = vm.runInNewContext("gc");
    gc = typeof fn === "function" ? (fn as () => void) : null;
  } catch {
    gc = null;
  }
  return gc;
}

export function nodeMemoryProbe(): NodeMemoryProbe {
  const gc = forcedGc();
  // external_memory lags one collection behind (array-buffer backing stores are swept after the GC that found
  // them dead), so it takes two for liveBytes() to drop.
  const collect =
    gc &&
    ((): void => {
      gc();
      gc();
    });
  const liveBytes = (): number => {
    const h = v8.getHeapStatistics();
    return h.used_heap_size + h.external_memory;
  };
  return collect ? { liveBytes, collect } : { liveBytes };
}
