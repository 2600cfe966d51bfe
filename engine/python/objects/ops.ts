// Core operations on Python values, one concern per file in ops/: identity, numbers, repr/str, truthiness, hashing,
// comparison, arithmetic, attributes, calls, iteration, containers, indexing, isinstance, %-formatting.
export * from "./ops/identity";
export * from "./ops/numbers";
export * from "./ops/repr";
export * from "./ops/truthiness";
export * from "./ops/hashing";
export * from "./ops/compare";
export * from "./ops/arithmetic";
export * from "./ops/attributes";
export * from "./ops/calls";
export * from "./ops/iteration";
export * from "./ops/containers";
export * from "./ops/indexing";
export * from "./ops/isinstance";

export { BaseException, TypeError as TypeErrorT } from "../errors";
export { intType, floatType, boolType, strType, listType, tupleType, dictType } from "./types";
