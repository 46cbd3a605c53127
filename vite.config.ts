import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The app talks to no other host, ever: every script, style, font, image and worker comes from
// this origin. data: and blob: images are the charts drawn for the PNG download; downloads are
// blob: links, which CSP does not govern. Style attributes set by React go through the CSSOM,
// which 'self' allows, so no 'unsafe-inline' is needed anywhere.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in the built index.html only: the dev server's hot reload needs an inline
 * script and a WebSocket. A <meta> policy travels with the files to whatever serves them.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'ptdv-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits until the secretary chooses to update (src/app/update-prompt.tsx);
      // src/app/service-worker.ts registers the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifest: {
        id: '/',
        name: 'PTĐV — Phát triển đảng viên',
        short_name: 'PTĐV',
        description: 'Theo dõi công tác phát triển đảng viên, làm việc cả khi không có mạng',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // --color-primary and --color-bg of src/ui/styles.css.
        theme_color: '#b3261e',
        background_color: '#f6f5f2',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the build writes, so that every screen (each a lazy chunk), the import
        // worker and the fonts work offline after one visit.
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,ico,webmanifest}'],
        // Deep links (/people/<id>, /dashboard?unit=…) are the single page's routes.
        navigateFallback: '/index.html',
        // The largest chunk is a few hundred kB; a limit well above it keeps a growing chunk
        // from silently dropping out of the cache (the build would then fail to work offline).
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once, so the first visit already works
        // offline; later versions wait for the prompt (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
