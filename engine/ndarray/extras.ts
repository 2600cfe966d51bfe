// NumPy extras outside the first browser bundle (not re-exported by index.ts; python/modules/numpy/extras.ts imports
// them, and engine/stdlib.ts imports that): einsum, set routines, construction helpers, calculus, statistics.
export * from "./einsum";
export * from "./setops";
export * from "./construct";
export * from "./calculus";
export * from "./stats";
