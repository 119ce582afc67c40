/** How large a file an import reads: its bytes, its rows, and (for XLSX, a zip) what it may unpack to. Client-safe: the upload form says it. */
export const importLimits = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxUnpackedBytes: 40 * 1024 * 1024 } as const;
