package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Load reads every file of the data directory fsys (internal/data) and
// validates it. It returns all problems found, joined, each naming the file,
// the record and the field.
func Load(fsys fs.FS) (*Data, error) {
	d := &Data{}
	var errs []error
	v, err := fs.ReadFile(fsys, "VERSION")
	if err != nil {
		return nil, err
	}
	d.Version = strings.TrimSpace(string(v))
	if err := decodeFile(fsys, "countries.json", &d.Countries); err != nil {
		errs = append(errs, err)
	}
	if err := decodeFile(fsys, "parties.json", &d.Parties); err != nil {
		errs = append(errs, err)
	}
	names, err := fs.Glob(fsys, "orgs/*.json")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		f, err := DecodeOrg(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d.Orgs = append(d.Orgs, f)
	}
	slices.SortFunc(d.Orgs, func(a, b *File) int { return strings.Compare(a.ID, b.ID) })
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	if problems := Validate(d); len(problems) > 0 {
		return nil, joinErrors(problems)
	}
	return d, nil
}

// DecodeOrg decodes one organization file without validating it.
func DecodeOrg(fsys fs.FS, name string) (*File, error) {
	f := &File{}
	if err := decodeFile(fsys, name, f); err != nil {
		return nil, err
	}
	f.Path = path.Join("internal/data", name)
	return f, nil
}

func decodeFile(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := Decode(b, v); err != nil {
		return fmt.Errorf("internal/data/%s: %w", name, err)
	}
	return nil
}

// Decode decodes one JSON document strictly: unknown fields, trailing data
// and an empty document are errors, and a syntax error names its line and column.
func Decode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if err == io.EOF {
			return fmt.Errorf("empty document")
		}
		if err == io.ErrUnexpectedEOF { // truncated: point at the end, where more was expected
			line, col := position(b, int64(len(b)))
			return fmt.Errorf("line %d, column %d: unexpected end of document", line, col)
		}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case asErr(err, &se):
			line, col := position(b, se.Offset)
			return fmt.Errorf("line %d, column %d: %v", line, col, se)
		case asErr(err, &te):
			line, col := position(b, te.Offset)
			return fmt.Errorf("line %d, column %d: field %s: cannot use JSON %s as %v", line, col, te.Field, te.Value, te.Type)
		}
		return err
	}
	if dec.More() {
		line, col := position(b, dec.InputOffset())
		return fmt.Errorf("line %d, column %d: data after the end of the document", line, col)
	}
	return nil
}

func asErr[T error](err error, target *T) bool {
	t, ok := err.(T)
	if ok {
		*target = t
	}
	return ok
}

func position(b []byte, off int64) (line, col int) {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line = 1 + bytes.Count(b[:off], []byte("\n"))
	col = int(off) - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}

type joined []error

func (j joined) Error() string {
	var sb strings.Builder
	for i, e := range j {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(e.Error())
	}
	return sb.String()
}

func (j joined) Unwrap() []error { return j }

func joinErrors(errs []error) error { return joined(errs) }
