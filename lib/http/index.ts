export * from "./errors";
export * from "./json";
export * from "./route";
