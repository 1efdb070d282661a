# syntax=docker/dockerfile:1

# Both stages on the same Node (an LTS line still in support): better-sqlite3 is compiled in the
# build stage for exactly the Node that runs it. test/unit/dockerfile.test.ts guards these lines.

# Build stage: compiles better-sqlite3, generates the Prisma clients, compiles the TypeScript.
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# better-sqlite3 11 has no prebuilt binary for Node 24, so it is compiled from source: against the
# headers this image ships, rather than headers node-gyp would download.
ENV npm_config_nodedir=/usr/local
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The dashboard is built and committed (npm run build:dashboard); the server reads it at run time.
COPY dashboard/dist ./dashboard/dist
# Keep the generated client and the compiled native module, drop the dev tools (TypeScript too:
# the build is done).
RUN npm prune --omit=dev --no-audit --no-fund

# Runtime stage: no compilers, no sources, non-root, data on a volume. The application files stay
# owned by root, so the server cannot change them; it writes only to /data.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    PORT=9666 \
    HOST=0.0.0.0 \
    DATABASE_URL=file:/data/dupligraph.db
WORKDIR /app
# package.json says "type": "module" for dist/; the server applies the migrations itself.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/prisma/postgres/migrations ./prisma/postgres/migrations
COPY --from=build /app/dashboard/dist ./dashboard/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 9666
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||9666)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The server drains and exits 0 on SIGTERM. It gets the signal itself: node runs the compiled
# entry directly (the base image's entrypoint execs it), with no npm or tsx process in between.
# 4 MiB semi-spaces instead of V8's 16: about 20 MiB less resident memory (README, Performance).
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "dist/main.js"]
