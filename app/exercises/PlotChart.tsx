"use client";
// Inline SVG chart for the engine's PlotSpec (matplotlib.pyplot subset): axes with ticks, title, labels, legend.
// Several runs are overlaid (older runs fainter, dashed) so that a lab can compare them.
import type { PlotSeries, PlotSpec } from "@/engine/index";

export interface OverlaidSeries extends PlotSeries {
  run: number;
  /** 0 = latest run, 1 = one before, … */
  age: number;
}

const COLORS = ["#3343c4", "#d9480f", "#2b8a3e", "#ae3ec9", "#0b7285", "#e67700", "#c2255c", "#5c940d"];
const W = 520;
const H = 300;
const M = { l: 56, r: 16, t: 32, b: 44 };

function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const step0 = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const norm = step0 / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

const fmt = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(1) : String(Number(v.toPrecision(4))));

export function PlotChart({ spec, series, runLabel }: { spec: PlotSpec; series: OverlaidSeries[]; runLabel: (run: number) => string }) {
  const xs = series.flatMap((s) => s.x).filter(Number.isFinite);
  const ys = series.flatMap((s) => s.y).filter(Number.isFinite);
  let [x0, x1] = spec.xlim ?? [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = spec.ylim ?? [Math.min(...ys), Math.max(...ys)];
  if (!Number.isFinite(x0) || !Number.isFinite(x1)) [x0, x1] = [0, 1];
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) [y0, y1] = [0, 1];
  if (series.some((s) => s.kind === "bar")) y0 = Math.min(0, y0);
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const pad = (y1 - y0) * 0.05;
  if (!spec.ylim) [y0, y1] = [y0 - pad, y1 + pad];
  const sx = (x: number) => M.l + ((x - x0) / (x1 - x0)) * (W - M.l - M.r);
  const sy = (y: number) => H - M.b - ((y - y0) / (y1 - y0)) * (H - M.t - M.b);
  const xt = niceTicks(x0, x1);
  const yt = niceTicks(y0, y1);
  const runs = new Set(series.map((s) => s.run)).size;
  const legendItems = series.filter((s) => s.label || runs > 1);
  const showLegend = (spec.legend || runs > 1) && legendItems.length > 0;
  const title = spec.title ?? "";
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title || "plot"} className="kk-plot" data-testid="plot">
      <title>{title || "plot"}</title>
      <rect x={M.l} y={M.t} width={W - M.l - M.r} height={H - M.t - M.b} fill="#fff" stroke="#c8ccd8" />
      {xt.map((v) => (
        <g key={`x${v}`}>
          {spec.grid ? <line x1={sx(v)} x2={sx(v)} y1={M.t} y2={H - M.b} stroke="#eceef4" /> : null}
          <line x1={sx(v)} x2={sx(v)} y1={H - M.b} y2={H - M.b + 4} stroke="#555" />
          <text x={sx(v)} y={H - M.b + 16} textAnchor="middle" fontSize="11" fill="#444">
            {fmt(v)}
          </text>
        </g>
      ))}
      {yt.map((v) => (
        <g key={`y${v}`}>
          {spec.grid ? <line x1={M.l} x2={W - M.r} y1={sy(v)} y2={sy(v)} stroke="#eceef4" /> : null}
          <line x1={M.l - 4} x2={M.l} y1={sy(v)} y2={sy(v)} stroke="#555" />
          <text x={M.l - 6} y={sy(v) + 4} textAnchor="end" fontSize="11" fill="#444">
            {fmt(v)}
          </text>
        </g>
      ))}
      {title ? (
        <text x={W / 2} y={20} textAnchor="middle" fontSize="14" fontWeight="600" fill="#222">
          {title}
        </text>
      ) : null}
      {spec.xlabel ? (
        <text x={(M.l + W - M.r) / 2} y={H - 8} textAnchor="middle" fontSize="12" fill="#222">
          {spec.xlabel}
        </text>
      ) : null}
      {spec.ylabel ? (
        <text
          x={14}
          y={(M.t + H - M.b) / 2}
          textAnchor="middle"
          fontSize="12"
          fill="#222"
          transform={`rotate(-90 14 ${(M.t + H - M.b) / 2})`}
        >
          {spec.ylabel}
        </text>
      ) : null}
      <g>
        {series.map((s, i) => {
          const color = COLORS[i % COLORS.length];
          const opacity = Math.max(0.3, 1 - s.age * 0.25);
          const pts = s.x.map((x, j) => [x, s.y[j]!] as const).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
          if (s.kind === "scatter")
            return pts.map(([x, y], j) => <circle key={`${i}-${j}`} cx={sx(x)} cy={sy(y)} r={3} fill={color} opacity={opacity} />);
          if (s.kind === "bar") {
            const bw = Math.max(2, ((W - M.l - M.r) / Math.max(1, pts.length)) * 0.6);
            return pts.map(([x, y], j) => (
              <rect
                key={`${i}-${j}`}
                x={sx(x) - bw / 2}
                width={bw}
                y={Math.min(sy(y), sy(0))}
                height={Math.abs(sy(0) - sy(y))}
                fill={color}
                opacity={opacity}
              />
            ));
          }
          return (
            <polyline
              key={i}
              points={pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")}
              fill="none"
              stroke={color}
              strokeWidth={s.age === 0 ? 2 : 1.5}
              strokeDasharray={s.age === 0 ? undefined : "5 3"}
              opacity={opacity}
            />
          );
        })}
      </g>
      {showLegend ? (
        <g transform={`translate(${W - M.r - 170}, ${M.t + 8})`}>
          <rect width={162} height={legendItems.length * 16 + 8} fill="#fff" stroke="#c8ccd8" opacity={0.92} />
          {legendItems.map((s) => {
            const i = series.indexOf(s);
            const label = `${s.label ?? `series ${i + 1}`}${runs > 1 ? ` · ${runLabel(s.run)}` : ""}`;
            return (
              <g key={i} transform={`translate(8, ${16 * legendItems.indexOf(s) + 14})`}>
                <line
                  x1={0}
                  x2={18}
                  y1={-4}
                  y2={-4}
                  stroke={COLORS[i % COLORS.length]}
                  strokeWidth={2}
                  strokeDasharray={s.age === 0 ? undefined : "5 3"}
                />
                <text x={24} y={0} fontSize="11" fill="#222">
                  {label.length > 24 ? label.slice(0, 23) + "…" : label}
                </text>
              </g>
            );
          })}
        </g>
      ) : null}
    </svg>
  );
}
