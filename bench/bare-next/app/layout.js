// The smallest App Router page, built with the project's own Next.js: the yardstick for first-load JavaScript.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
