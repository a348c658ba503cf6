// Package igo is the shared vocabulary of the igo SDK.
//
//go:generate go run ./internal/gen
package igo
