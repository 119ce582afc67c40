/** The colours the browser paints around Socle (the installed app's title bar and splash screen), as app/globals.css has them. */
export const brandColour = "#123b63"; // --color-brand-800
export const pageColour = "#f8fafc"; // slate-50, the page background
