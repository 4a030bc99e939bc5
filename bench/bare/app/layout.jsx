// The bare page's app (bench/http.ts): no styles, no scripts of its own, nothing but Next itself.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
