// Package benchcmp runs the same queries, in one benchmark run, on igo's
// indexed tables, on a naive linear scan of the same records, and on the
// same records in an in-process SQLite database (modernc.org/sqlite, pure
// Go) with indexes and prepared statements. It is a separate module so that
// SQLite stays out of igo's own dependencies; see BENCHMARKS.md and run.sh.
package benchcmp
