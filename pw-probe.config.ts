import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
export default defineConfig({ ...base, webServer: undefined, projects: [{ name: "probe", use: base.projects![0]!.use, testMatch: /zz-axe-probe/ }] });
