# Builds the govgraph binary with its UI embedded.
FROM node:20-bookworm AS ui
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM golang:1.26-bookworm AS go
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=ui /src/frontend/dist ./frontend/dist
RUN CGO_ENABLED=0 go build -trimpath -o /out/govgraph ./cmd/govgraph

FROM gcr.io/distroless/static-debian12
WORKDIR /app
COPY --from=go /out/govgraph /app/govgraph
COPY seeds /app/seeds
EXPOSE 8080
ENTRYPOINT ["/app/govgraph"]
