import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { maxFormFields } from "@/lib/validation/form-data";
import { anonymousActionLimitBytes, refuseUnreadableAction } from "./unreadable-action";

const megabyte = 1024 * 1024;
const signedInLimit = 52 * megabyte;

/** A multipart form of about `bytes`, streamed in 64 kB chunks without Content-Length; counts the bytes the server pulled. */
async function streamedForm(bytes: number) {
  const form = new FormData();
  form.set("title", "A milestone");
  form.append("files", new File([new Uint8Array(bytes)], "evidence.pdf", { type: "application/pdf" }));
  const encoded = new Response(form);
  const type = encoded.headers.get("content-type")!;
  const body = new Uint8Array(await encoded.arrayBuffer());
  const pulled = { bytes: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      const chunk = body.subarray(offset, offset + 64 * 1024);
      offset += chunk.length;
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { type, stream, pulled, length: body.length };
}

const post = (body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
  // duplex: Node's fetch needs it to send a stream; NextRequest's own type does not name it.
  new NextRequest("http://localhost/countries/BJ/steps/x", { method: "POST", body, headers, ...{ duplex: "half" } });
const tooLarge = () => new NextResponse(null, { status: 413 });
const session = "next-auth.session-token=eyJhbGciOiJkaXIifQ.a.b.c.d";

describe("the proxy's check of a server action's body, cheap things first", () => {
  it("stops reading a form posted without a session once it passes what an anonymous form may weigh", async () => {
    const upload = await streamedForm(10 * megabyte);
    const answer = await refuseUnreadableAction(post(upload.stream, { "content-type": upload.type }), signedInLimit, tooLarge);
    expect(answer?.status).toBe(413);
    // A stream pulls a few chunks ahead; what matters is that 10 MB are not read.
    expect(upload.pulled.bytes).toBeLessThanOrEqual(anonymousActionLimitBytes + 4 * 64 * 1024);
  });

  it("refuses from Content-Length alone a form without a session that says it is too large", async () => {
    const upload = await streamedForm(2 * megabyte);
    const answer = await refuseUnreadableAction(post(upload.stream, { "content-type": upload.type, "content-length": String(upload.length) }), signedInLimit, tooLarge);
    expect(answer?.status).toBe(413);
    expect(upload.pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("reads a signed-in person's upload up to the upload limit, and an anonymous small form, as before", async () => {
    const upload = await streamedForm(10 * megabyte);
    expect(await refuseUnreadableAction(post(upload.stream, { "content-type": upload.type, cookie: session }), signedInLimit, tooLarge)).toBeNull();
    const small = await streamedForm(1024);
    expect(await refuseUnreadableAction(post(small.stream, { "content-type": small.type }), signedInLimit, tooLarge)).toBeNull();
  });

  it("refuses a body of more parts than any form has before parsing it, even signed in", async () => {
    const form = new FormData();
    for (let index = 0; index <= maxFormFields; index++) form.append("f", "x");
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const headers = { "content-type": encoded.headers.get("content-type")!, cookie: session };
    expect((await refuseUnreadableAction(post(body, headers), signedInLimit, tooLarge))?.status).toBe(413);
    const fewer = new FormData();
    for (let index = 0; index < maxFormFields; index++) fewer.append("f", "x");
    const allowed = new Response(fewer);
    const allowedHeaders = { "content-type": allowed.headers.get("content-type")!, cookie: session };
    expect(await refuseUnreadableAction(post(new Uint8Array(await allowed.arrayBuffer()), allowedHeaders), signedInLimit, tooLarge)).toBeNull();
  });

  it("still refuses a signed-in person's body that does not parse", async () => {
    const answer = await refuseUnreadableAction(post(new TextEncoder().encode("not a form"), { "content-type": "multipart/form-data; boundary=x", cookie: session }), signedInLimit, tooLarge);
    expect(answer?.status).toBe(400);
  });
});
