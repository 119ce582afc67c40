"use client";
/**
 * The charts of the charts page and of the gaps across countries, drawn with recharts. Only those pages import
 * this module, so recharts ships in their chunks alone. Each chart is an image with a name; the table beside it carries the same figures for
 * screen readers and for reading exact values. Series differ by pattern as well as colour.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** `stack` names the bar a series is stacked in; series without one have a bar each (unless the chart is `stacked`). */
type Series = { key: string; name: string; stack?: string };

const colours = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];
const dashes = ["", "6 3", "2 2", "10 4 2 4", "1 3", "8 2 2 2"];

export function CountBarChart({
  data,
  category,
  series,
  label,
  stacked = false,
  vertical = false,
}: {
  data: Record<string, string | number>[];
  category: string;
  series: Series[];
  label: string;
  stacked?: boolean;
  /** Categories down the side: for long lists such as countries. */
  vertical?: boolean;
}) {
  const barsPerCategory = stacked ? 1 : new Set(series.map((item) => item.stack ?? item.key)).size;
  const height = vertical ? Math.max(240, data.length * (16 + 12 * barsPerCategory) + 60) : 320;
  return (
    <div role="img" aria-label={label} className="w-full">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={vertical ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey={category} width={140} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey={category} tick={{ fontSize: 12 }} interval={0} />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip />
          <Legend />
          {series.map((item, index) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.name}
              stackId={stacked ? "stack" : item.stack}
              fill={colours[index % colours.length]}
              stroke="#0f172a"
              strokeDasharray={dashes[index % dashes.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Running totals of one currency by month. Amounts arrive as exact strings; they become numbers only to be drawn. */
export function MoneyLineChart({ months, series, label }: { months: Record<string, string>[]; series: Series[]; label: string }) {
  const data = months.map((month) => Object.fromEntries(Object.entries(month).map(([key, value]) => [key, key === "month" ? value : Number(value)])));
  return (
    <div role="img" aria-label={label} className="w-full">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} accessibilityLayer={false} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={90} />
          <Tooltip />
          <Legend />
          {series.map((item, index) => (
            <Line
              key={item.key}
              type="stepAfter"
              dataKey={item.key}
              name={item.name}
              stroke={colours[index % colours.length]}
              strokeWidth={2}
              strokeDasharray={dashes[index % dashes.length]}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
