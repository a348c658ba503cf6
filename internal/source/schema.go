// Package source decodes and validates the human-edited files under
// internal/data. It is shared by the generator and the tests and imports only
// the standard library and the module's internal helpers, never the packages
// that are generated from it.
package source

// File is one organization's source file, internal/data/orgs/<id>.json.
// The format is documented in internal/data/README.md.
type File struct {
	Path string `json:"-"` // set by Load, for messages

	ID           string            `json:"id"`
	Name         string            `json:"name"`
	Acronym      string            `json:"acronym"`
	Aliases      []string          `json:"aliases"`
	Names        []Name            `json:"names"`
	Founded      Founding          `json:"founded"`
	Dissolved    *Dissolution      `json:"dissolved"`
	Founders     Founders          `json:"founders"`
	Headquarters []Seat            `json:"headquarters"`
	Bodies       []Body            `json:"bodies"`
	Memberships  []Membership      `json:"memberships"`
	Terms        []Term            `json:"terms"`
	Events       []Event           `json:"events"`
	Notes        []Note            `json:"notes"`
	Sources      map[string]Source `json:"sources"`

	// VerifiedThrough is the day up to which the file's facts were checked
	// against the sources: the publication date of the newest source
	// consulted about the organization's current state.
	VerifiedThrough string `json:"verified_through"`
}

// Alternative is a value some source gives for a field, other than the one preferred.
type Alternative struct {
	Field   string   `json:"field"`
	Value   string   `json:"value"`
	Note    string   `json:"note"`
	Sources []string `json:"sources"`
}

// Name is one of an organization's names over a period.
type Name struct {
	Name         string        `json:"name"`
	Acronym      string        `json:"acronym"`
	From         string        `json:"from"`
	To           string        `json:"to"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Founding is the act that founded the organization.
type Founding struct {
	Date         string        `json:"date"`
	Act          string        `json:"act"`
	Place        string        `json:"place"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Dissolution is the end of an organization that ceased to exist.
type Dissolution struct {
	Date         string        `json:"date"`
	Act          string        `json:"act"`
	Successor    string        `json:"successor"` // ID of the organization that took over, if any
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Founders are the founding parties.
type Founders struct {
	Parties []string `json:"parties"`
	Note    string   `json:"note"`
	Sources []string `json:"sources"`
}

// Seat is a headquarters over a period.
type Seat struct {
	City         string        `json:"city"`
	Country      string        `json:"country"`
	From         string        `json:"from"`
	To           string        `json:"to"`
	Inferred     string        `json:"inferred"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Body is an organ whose chair rotates, or a leadership post.
type Body struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Role      string   `json:"role"` // "chair" or "post"
	Principal bool     `json:"principal"`
	Joint     bool     `json:"joint"` // held by several parties at once: its terms may overlap
	Rule      string   `json:"rule"`
	Note      string   `json:"note"`
	Sources   []string `json:"sources"`
}

// Membership is one spell of one party in one tier and standing.
type Membership struct {
	Party        string        `json:"party"`
	Tier         string        `json:"tier"`
	Standing     string        `json:"standing"`
	From         string        `json:"from"`
	To           string        `json:"to"`
	Attested     bool          `json:"attested"`
	Scheduled    bool          `json:"scheduled"`
	Inferred     string        `json:"inferred"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Term is one holder of a body's chair or of a post.
type Term struct {
	Body         string        `json:"body"`
	Party        string        `json:"party"`
	Person       string        `json:"person"`
	From         string        `json:"from"`
	To           string        `json:"to"`
	Scheduled    bool          `json:"scheduled"`
	Inferred     string        `json:"inferred"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Motto        *Motto        `json:"motto"`
	Priorities   []Statement   `json:"priorities"`
	Initiatives  []Statement   `json:"initiatives"`
	Alternatives []Alternative `json:"alternatives"`
}

// Motto is a chair's motto, with its letters expanded when the source does so.
type Motto struct {
	Text         string        `json:"text"`
	Expansion    []string      `json:"expansion"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Statement is a declared priority or initiative.
type Statement struct {
	Text    string   `json:"text"`
	Note    string   `json:"note"`
	Sources []string `json:"sources"`
}

// Event is a dated event that the other records do not imply (a summit, a treaty).
type Event struct {
	Date         string        `json:"date"`
	Kind         string        `json:"kind"`
	Title        string        `json:"title"`
	Place        string        `json:"place"`
	Host         string        `json:"host"`
	Scheduled    bool          `json:"scheduled"`
	Note         string        `json:"note"`
	Sources      []string      `json:"sources"`
	Alternatives []Alternative `json:"alternatives"`
}

// Note is a sourced remark: a claim checked against the evidence, a caveat.
type Note struct {
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// Source is a public document cited by key.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Note      string `json:"note"`
}

// Countries is internal/data/countries.json.
type Countries struct {
	Source    Source    `json:"source"`
	Countries []Country `json:"countries"`
}

// Country is one ISO 3166-1 entry.
type Country struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// Parties is internal/data/parties.json: parties with no ISO 3166-1 code.
type Parties struct {
	Parties []Party           `json:"parties"`
	Sources map[string]Source `json:"sources"`
}

// Party is a party with no ISO 3166-1 code.
type Party struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"` // "limited-recognition" or "organization"
	Aliases []string `json:"aliases"`
	Note    string   `json:"note"`
	Sources []string `json:"sources"`
}

// Data is everything under internal/data.
type Data struct {
	Version   string
	Countries Countries
	Parties   Parties
	Orgs      []*File // sorted by ID
}
