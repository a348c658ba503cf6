// Package consumer_test builds a separate module that gets igo the way users
// do: through a module proxy (here a file-based one holding a module zip of
// this repository's committed files), and runs a small program against it.
package consumer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"

	"github.com/igodata/igo/chair"
)

const (
	modPath = "github.com/igodata/igo"
	// version is a pseudo-version no real release will ever have.
	version = "v0.0.0-00010101000000-000000000000"
)

// program is the consumer's main.go: Kazakhstan's 2024 chairs.
const program = `package main

import (
	"fmt"

	"github.com/igodata/igo/chair"
)

func main() {
	for t := range chair.ChairedBy("KZ", 2024) {
		fmt.Println(t.Org, t.Body, t.Period)
	}
}
`

// repoFile is a file of the repository for zip.Create.
type repoFile struct{ root, path string }

func (f repoFile) Path() string                 { return f.path }
func (f repoFile) Lstat() (fs.FileInfo, error)  { return os.Lstat(filepath.Join(f.root, f.path)) }
func (f repoFile) Open() (io.ReadCloser, error) { return os.Open(filepath.Join(f.root, f.path)) }

// TestConsumerModule is slow (it runs go mod tidy and go build in a new
// module), so it runs only when IGO_CONSUMER_TEST=1, as .ci/run sets it.
func TestConsumerModule(t *testing.T) {
	if testing.Short() || os.Getenv("IGO_CONSUMER_TEST") != "1" {
		t.Skip("skipped: set IGO_CONSUMER_TEST=1 (as .ci/run does) to build a consumer module through a file-based module proxy")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)

	// The module zip holds the committed files only (git ls-files), so
	// untracked files in the working tree cannot leak into it.
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	require.NoError(t, err, "git ls-files")
	var files []zip.File
	for p := range strings.SplitSeq(strings.TrimRight(string(out), "\x00"), "\x00") {
		if _, err := os.Lstat(filepath.Join(root, p)); err == nil { // skip files deleted but not yet committed
			files = append(files, repoFile{root, p})
		}
	}
	require.NotEmpty(t, files)

	proxy := t.TempDir()
	dir := filepath.Join(proxy, filepath.FromSlash(modPath), "@v")
	require.NoError(t, os.MkdirAll(dir, 0o777))
	var zbuf bytes.Buffer
	require.NoError(t, zip.Create(&zbuf, module.Version{Path: modPath, Version: version}, files))
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	for name, data := range map[string][]byte{
		"list": []byte(version + "\n"), version + ".info": info, version + ".mod": gomod, version + ".zip": zbuf.Bytes(),
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o666))
	}

	consumer := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(consumer, "go.mod"),
		fmt.Appendf(nil, "module example.com/consumer\n\ngo 1.26\n\nrequire %s %s\n", modPath, version), 0o666))
	require.NoError(t, os.WriteFile(filepath.Join(consumer, "main.go"), []byte(program), 0o666))

	// Modules other than igo come from the shared download cache when it
	// has them (so the test works offline once they are cached), else from
	// the environment's proxy; their checksums are still verified. A
	// private module cache keeps the shared one free of this fake version,
	// which would otherwise stand for stale code on the next run.
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		require.NoError(t, err)
		return strings.TrimSpace(string(out))
	}
	proxies := []string{"file://" + filepath.ToSlash(proxy)}
	if cache := goEnv("GOMODCACHE"); cache != "" {
		proxies = append(proxies, "file://"+filepath.ToSlash(filepath.Join(cache, "cache", "download")))
	}
	proxies = append(proxies, goEnv("GOPROXY"))
	env := append(os.Environ(),
		"GOPROXY="+strings.Join(proxies, ","),
		"GONOSUMDB="+modPath, "GOPRIVATE=", "GONOPROXY=",
		"GOFLAGS=-mod=mod -modcacherw", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOMODCACHE="+filepath.Join(t.TempDir(), "modcache"),
	)
	run := func(args ...string) string {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = consumer, env
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	run("mod", "tidy")
	assert.Equal(t, modPath+" "+version+"\n", run("list", "-m", modPath), "the consumer uses the proxied version")
	got := run("run", ".")

	var want strings.Builder
	for tm := range chair.ChairedBy("KZ", 2024) {
		fmt.Fprintln(&want, tm.Org, tm.Body, tm.Period)
	}
	assert.Equal(t, want.String(), got)
	lines := strings.Split(strings.TrimSpace(got), "\n")
	assert.GreaterOrEqual(t, len(lines), 5, "Kazakhstan chaired several organizations in 2024")
	assert.True(t, slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "CICA ") }), got)
}
