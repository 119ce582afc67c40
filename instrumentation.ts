/** Runs once when a Socle server starts, before it answers any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before the first request: Next.js gives route handlers no socket address, so the server records it.
  const { recordPeerAddresses } = await import("./lib/auth/peer-address");
  recordPeerAddresses();
  const { startServerOrExit } = await import("./lib/server-start");
  await startServerOrExit();
}
