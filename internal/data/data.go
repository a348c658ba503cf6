// Package data embeds the human-edited source files described in README.md,
// so that tools built from the module (igo validate) can check an edited
// organization file against the built-in countries, parties and
// organizations. The library itself does not import it: its tables are
// generated from these files by internal/gen.
package data

import "embed"

// FS holds VERSION, countries.json, parties.json and orgs/*.json, in the
// layout that source.Load reads.
//
//go:embed VERSION *.json orgs/*.json
var FS embed.FS
