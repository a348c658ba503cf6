package igo

// A Source is a public document that supports a fact in the data.
type Source struct {
	URL       string // the original page's address
	Title     string
	Publisher string
	Published Date // zero if the page gives no date
}

// An Alternative is a value that a source gives for a field of a record,
// other than the value the data prefers, with the reason it is not preferred.
// A record lists one Alternative per source of each such value.
type Alternative struct {
	Field  string // "from", "to", "date", "party", "tier", or a motto's "text" or "expansion"
	Value  string // as the source gives it, in the data's notation ("2024-07-03", "observer"; an expansion's words joined by ", ")
	Note   string // why the preferred value was chosen over this one
	Source Source
}
