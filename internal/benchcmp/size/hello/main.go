// Command hello is the baseline of the binary-size comparison in
// BENCHMARKS.md: a program that prints with fmt and imports no igo package.
package main

import "fmt"

func main() { fmt.Println("hello") }
