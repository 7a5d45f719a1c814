import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the backend's CORS allows both localhost:3000 and 127.0.0.1:3000; so does `next dev`
  allowedDevOrigins: ["127.0.0.1"],
  // browsers ask for /favicon.ico before the streamed <link rel="icon"> arrives
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
};

export default nextConfig;
