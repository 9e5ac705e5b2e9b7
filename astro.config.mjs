// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import cspHeaders from './scripts/csp-headers.mjs';

export default defineConfig({
  site: 'https://winre-doctor.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !page.endsWith('/search/'),
    }),
    cspHeaders(),
  ],
  // Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it emits, the two
  // is:inline scripts register their own hashes, and nothing may come from another origin. Pagefind compiles
  // WebAssembly ('wasm-unsafe-eval' allows that, not eval). Shiki writes colours in style attributes, so only
  // attributes may carry inline style. public/_headers sends the same policy for hosts that read it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
