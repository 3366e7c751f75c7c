// Package frontend holds the built UI (frontend/dist, made by `npm run build`),
// embedded into the govgraph binary.
package frontend

import "embed"

// Dist is the built UI; Dist's "dist/index.html" is missing until it is built.
//
//go:embed all:dist
var Dist embed.FS
