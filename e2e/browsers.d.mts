/** The types of e2e/browsers.mjs, which plain Node runs before the tests (scripts of `npm test`). */
export declare const testBrowser: string;
export declare const serverBrowser: string;
export declare const packages: Record<string, string>;
