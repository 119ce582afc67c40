/**
 * What the proxy's check of a server action's body costs (app/_edge/unreadable-action.ts): every multipart POST to
 * a page is buffered and parsed once there, before Next parses it again. Times the check alone on uploads of
 * 1, 10 and 40 MB, median of 7.
 *
 *   npx tsx bench/unreadable-action.ts
 */
import { NextRequest, NextResponse } from "next/server";
import { refuseUnreadableAction } from "@/app/_edge/unreadable-action";
import { uploadRequestLimitMegabytes } from "@/lib/validation/upload-limits";

for (const megabytes of [1, 10, 40]) {
  const form = new FormData();
  form.set("title", "A milestone");
  form.append("files", new File([new Uint8Array(megabytes * 1024 * 1024)], "evidence.pdf", { type: "application/pdf" }));
  const encoded = new Response(form);
  const type = encoded.headers.get("content-type")!;
  const body = new Uint8Array(await encoded.arrayBuffer());
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    // Signed in (the cookie is only looked at here): without a session the check stops at 64 kB.
    const headers = { "content-type": type, cookie: "next-auth.session-token=bench" };
    const request = new NextRequest("http://localhost/countries/BJ/steps/x", { method: "POST", body, headers });
    const start = performance.now();
    const answer = await refuseUnreadableAction(request, uploadRequestLimitMegabytes * 1024 * 1024, () => new NextResponse(null, { status: 413 }));
    times.push(performance.now() - start);
    if (answer) throw new Error(`refused: ${answer.status}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${megabytes} MB multipart: median ${times[3]!.toFixed(1)} ms, max ${times[6]!.toFixed(1)} ms`);
}
