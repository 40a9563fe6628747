import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Factcheck Quiz', template: '%s · Factcheck Quiz' },
  icons: { icon: '/favicon.svg' },
  description: 'Read a real news article, then check what you caught: who said what, claims versus the record, dates, terms and the article’s own mistakes.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <SiteHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
