/** How large a file an import reads: its bytes, its rows, and (for XLSX, a zip) what it may unpack to. Client-safe: the upload form says it. */
export const importLimits = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxUnpackedBytes: 40 * 1024 * 1024 } as const;

/**
 * Indicator values come in statistical offices' files: ILOSTAT's bulk file of one SDG 1.3.1 indicator for every
 * country holds tens of thousands of rows (about 100 bytes each with its notes), so it reads more rows than a
 * spreadsheet import (decision 1910).
 */
export const indicatorImportLimits = { maxBytes: 8 * 1024 * 1024, maxRows: 50_000 } as const;
