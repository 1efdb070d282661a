# syntax=docker/dockerfile:1

# Build stage: compiles better-sqlite3 and generates the Prisma client (needs python3, make, g++).
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
# Keep the generated client and the compiled native module, drop the dev tools.
RUN npm prune --omit=dev --no-audit --no-fund

# Runtime stage: no compilers, non-root, data on a volume.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=9666 \
    HOST=0.0.0.0 \
    DATABASE_URL=file:/data/dupligraph.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/prisma.config.ts /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/src ./src
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 9666
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||9666)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "src/main.ts"]
