package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// ReleasesFile is the ledger of data releases under internal/data: one line
// per DataVersion, oldest first, "VERSION sha256:DIGEST".
const ReleasesFile = "RELEASES"

// Digest returns the SHA-256 of the source data in fsys (countries.json,
// parties.json and orgs/*.json, in path order, each preceded by its path).
// Line endings are normalized so a checkout's settings cannot change it.
func Digest(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "orgs/*.json")
	if err != nil {
		return "", err
	}
	names = append(names, "countries.json", "parties.json")
	slices.Sort(names)
	h := sha256.New()
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		fmt.Fprintf(h, "%s\n%d\n", name, len(b))
		h.Write(b)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// A Release is one line of the ledger.
type Release struct {
	Version, Digest string
}

// Releases reads the ledger. A missing ledger is empty.
func Releases(fsys fs.FS) ([]Release, error) {
	b, err := fs.ReadFile(fsys, ReleasesFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var rs []Release
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 2 || !strings.HasPrefix(f[1], "sha256:") {
			return nil, fmt.Errorf("internal/data/%s:%d: want \"VERSION sha256:DIGEST\", got %q", ReleasesFile, line, sc.Text())
		}
		for _, r := range rs {
			if r.Version == f[0] {
				return nil, fmt.Errorf("internal/data/%s:%d: version %s is listed twice", ReleasesFile, line, f[0])
			}
		}
		rs = append(rs, Release{f[0], f[1]})
	}
	return rs, sc.Err()
}

// CheckRelease reports whether the data in fsys is recorded as released under
// its current VERSION. It returns an error that says what to do when the
// data changed and VERSION did not, or when the new version is not recorded.
func CheckRelease(fsys fs.FS) error {
	version, digest, rs, err := releaseState(fsys)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if r.Version != version {
			continue
		}
		if r.Digest != digest {
			return fmt.Errorf("internal/data changed since data version %s was recorded in internal/data/%s: bump internal/data/VERSION, then run go run ./internal/gen -release", version, ReleasesFile)
		}
		return nil
	}
	return fmt.Errorf("data version %s is not recorded in internal/data/%s: run go run ./internal/gen -release", version, ReleasesFile)
}

// AppendRelease returns the ledger with the current VERSION and digest
// appended. It refuses a VERSION already recorded with other data.
func AppendRelease(fsys fs.FS) ([]byte, error) {
	version, digest, rs, err := releaseState(fsys)
	if err != nil {
		return nil, err
	}
	old, _ := fs.ReadFile(fsys, ReleasesFile)
	for _, r := range rs {
		if r.Version == version {
			if r.Digest == digest {
				return old, nil
			}
			return nil, fmt.Errorf("data version %s was already released with other data: bump internal/data/VERSION", version)
		}
	}
	if len(old) > 0 && !bytes.HasSuffix(old, []byte("\n")) {
		old = append(old, '\n')
	}
	return fmt.Appendf(old, "%s %s\n", version, digest), nil
}

func releaseState(fsys fs.FS) (version, digest string, rs []Release, err error) {
	v, err := fs.ReadFile(fsys, "VERSION")
	if err != nil {
		return "", "", nil, err
	}
	if digest, err = Digest(fsys); err != nil {
		return "", "", nil, err
	}
	rs, err = Releases(fsys)
	return strings.TrimSpace(string(v)), digest, rs, err
}
