// The yardstick for a request's cost on the server (issue 24, `npm run bench:load`): a page rendered on every
// request, reading a cookie and listing 50 rows, with no database and no session behind it.
import { cookies } from "next/headers";

export const dynamic = "force-dynamic";

const rows = Array.from({ length: 50 }, (_, index) => ({ id: index + 1, name: `Row ${index + 1}` }));

export default async function DynamicPage() {
  const language = (await cookies()).get("language")?.value ?? "en";
  return (
    <main>
      <h1>A dynamic page ({language})</h1>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>{row.name}</li>
        ))}
      </ul>
    </main>
  );
}
