import { withPayload } from '@payloadcms/next/withPayload'

// Sent with every response: no framing by other sites (clickjacking of the admin), no MIME
// sniffing, and no full URLs (record ids, filters) in the Referer sent to other sites.
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is served from this machine only; no image CDN.
  images: { unoptimized: true },
  poweredByHeader: false,
  // CI type-checks the whole project in its own step before building (.ci/run): no second pass.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === '1' },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
