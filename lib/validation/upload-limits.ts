/** How much evidence one form may upload; read by the forms, lib/, next.config.ts and proxy.ts (so it imports nothing). */
/** The most an uploaded evidence file may weigh. */
export const maxEvidenceFileMegabytes = 10;
export const maxEvidenceFileBytes = maxEvidenceFileMegabytes * 1024 * 1024;
/** Files one form may carry; next.config.ts sizes the request body limit from these two numbers. */
export const maxFilesPerUpload = 5;
/** The largest request a form may send: its files at their limit, plus room for the other fields. */
export const uploadRequestLimitMegabytes = maxFilesPerUpload * maxEvidenceFileMegabytes + 2;
