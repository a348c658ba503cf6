// Package conformance holds the test that every record of the source data
// can be reached, unchanged, through the public API.
package conformance
