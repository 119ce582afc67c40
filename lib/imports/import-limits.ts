/** How large a file an import reads: its bytes, its rows, and (for XLSX, a zip) what it may unpack to. Client-safe: the upload form says it. */
export const importLimits = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxUnpackedBytes: 40 * 1024 * 1024 } as const;

/**
 * Indicator values come in statistical offices' files: ILOSTAT's bulk file of one SDG 1.3.1 indicator for every
 * country holds tens of thousands of rows (about 100 bytes each with its notes), so it reads more rows than a
 * spreadsheet import (decision 1910).
 */
export const indicatorImportLimits = { maxBytes: 8 * 1024 * 1024, maxRows: 50_000 } as const;

/**
 * Exchange rates come in published tables: the IMF's annual averages since 1950 hold some 14,000 rows, a monthly table
 * of 190 currencies over twenty years some 45,000 (decision 2100).
 */
export const exchangeRateImportLimits = { maxBytes: 8 * 1024 * 1024, maxRows: 50_000, maxUnpackedBytes: 80 * 1024 * 1024 } as const;
