// matplotlib.pyplot recorder: records figures as PlotSpec objects instead of drawing.
import { PyModule, PyBuiltin, KW, PyTuple, PyInstance, PyType } from "../objects/core";
import { iterToArray, toNum, str, isNumber } from "../objects/ops";
import { objectType } from "../objects/types";

export interface PlotSeries {
  x: number[];
  y: number[];
  label?: string;
  kind: "line" | "scatter" | "bar";
}
export interface PlotSpec {
  title?: string;
  xlabel?: string;
  ylabel?: string;
  legend: boolean;
  series: PlotSeries[];
  xlim?: [number, number];
  ylim?: [number, number];
  grid?: boolean;
}

export const plotState = {
  current: null as PlotSpec | null,
  done: [] as PlotSpec[],
  numHook: null as null | ((v: any) => number[] | null),
};

function nums(v: any): number[] {
  if (plotState.numHook) {
    const r = plotState.numHook(v);
    if (r) return r;
  }
  if (isNumber(v)) return [toNum(v)];
  return iterToArray(v).map((x) => (isNumber(x) ? toNum(x) : nums(x)[0]));
}
function cur(): PlotSpec {
  if (!plotState.current) plotState.current = { legend: false, series: [] };
  return plotState.current;
}
export function flushPlots(): void {
  if (plotState.current && (plotState.current.series.length || plotState.current.title)) plotState.done.push(plotState.current);
  plotState.current = null;
}

export function makePyplot(): PyModule {
  const m = new PyModule("matplotlib.pyplot");
  const fn = (name: string, f: (a: any[], kw: KW) => any) => m.dict.set(name, new PyBuiltin(name, f));
  const label = (kw: KW) => (kw && kw.has("label") && kw.get("label") !== null ? str(kw.get("label")) : undefined);
  fn("plot", (a, kw) => {
    const args = a.filter((x) => typeof x !== "string");
    let x: number[], y: number[];
    if (args.length >= 2) {
      x = nums(args[0]);
      y = nums(args[1]);
    } else {
      y = nums(args[0]);
      x = y.map((_, i) => i);
    }
    cur().series.push({ x, y, label: label(kw), kind: "line" });
    return null;
  });
  fn("scatter", (a, kw) => {
    cur().series.push({ x: nums(a[0]), y: nums(a[1]), label: label(kw), kind: "scatter" });
    return null;
  });
  fn("bar", (a, kw) => {
    cur().series.push({ x: nums(a[0]), y: nums(a[1] ?? kw?.get("height")), label: label(kw), kind: "bar" });
    return null;
  });
  fn("title", (a) => {
    cur().title = str(a[0]);
    return null;
  });
  fn("xlabel", (a) => {
    cur().xlabel = str(a[0]);
    return null;
  });
  fn("ylabel", (a) => {
    cur().ylabel = str(a[0]);
    return null;
  });
  fn("legend", () => {
    cur().legend = true;
    return null;
  });
  fn("grid", (a) => {
    cur().grid = a.length ? !!a[0] : true;
    return null;
  });
  fn("xlim", (a) => {
    const v = a.length === 1 ? iterToArray(a[0]) : a;
    cur().xlim = [toNum(v[0]), toNum(v[1])];
    return null;
  });
  fn("ylim", (a) => {
    const v = a.length === 1 ? iterToArray(a[0]) : a;
    cur().ylim = [toNum(v[0]), toNum(v[1])];
    return null;
  });
  fn("show", () => {
    flushPlots();
    return null;
  });
  fn("figure", () => {
    flushPlots();
    return null;
  });
  fn("close", () => {
    plotState.current = null;
    return null;
  });
  for (const n of [
    "savefig",
    "tight_layout",
    "subplot",
    "xticks",
    "yticks",
    "axis",
    "imshow",
    "colorbar",
    "hist",
    "axhline",
    "axvline",
    "text",
    "annotate",
    "suptitle",
    "clf",
    "cla",
    "pause",
    "ion",
    "ioff",
    "gca",
    "gcf",
    "style",
    "rcParams",
    "fill_between",
    "errorbar",
    "semilogy",
    "semilogx",
    "loglog",
    "xscale",
    "yscale",
  ]) {
    fn(n, () => null);
  }
  const ax = new PyType("Axes", [objectType]);
  void ax;
  void PyTuple;
  void PyInstance;
  return m;
}
