package igo

import (
	"sort"

	"github.com/igodata/igo/internal/norm"
)

// A Country identifies a party to an organization. It is usually an upper-case
// ISO 3166-1 alpha-2 code ("KZ"). A party that has no ISO 3166-1 code, such
// as a state with limited recognition or an international organization, has a
// documented code of three or more upper-case letters ("TRNC", "OSCE"); the
// United Nations uses "UN", the code ISO 3166 reserves for it. A state that no
// longer exists has its four-letter ISO 3166-3 code ("SUHH" for the Soviet
// Union, "YUCS" for Yugoslavia, "DDDE" for the German Democratic Republic); a
// state that only changed its name keeps its current code. [Country.Kind]
// tells them apart. No code is invented in the ISO 3166 code space.
//
// The zero Country is unset. Conversions such as Country("kz") are unchecked;
// use [ParseCountry] for input.
type Country string

// PartyKind says what kind of party a [Country] code names.
type PartyKind uint8

// Kinds of party. The zero PartyKind is reported for codes igo does not know.
const (
	UnknownParty       PartyKind = iota
	State                        // a state with an ISO 3166-1 alpha-2 code
	LimitedRecognition           // a state with limited recognition and no ISO code
	Organization                 // an international organization
	FormerState                  // a state that no longer exists, with its ISO 3166-3 code
)

// String returns "unknown", "state", "limited recognition", "organization" or "former state".
func (k PartyKind) String() string {
	switch k {
	case State:
		return "state"
	case LimitedRecognition:
		return "limited recognition"
	case Organization:
		return "organization"
	case FormerState:
		return "former state"
	}
	return "unknown"
}

type party struct {
	code Country
	name string
	kind PartyKind
}

type partyName struct {
	key  string // normalized name
	code Country
}

func lookupParty(c Country) (party, bool) {
	i := sort.Search(len(parties), func(i int) bool { return parties[i].code >= c })
	if i < len(parties) && parties[i].code == c {
		return parties[i], true
	}
	return party{}, false
}

// IsValid reports whether c is a code igo knows.
func (c Country) IsValid() bool {
	_, ok := lookupParty(c)
	return ok
}

// Name returns the party's English short name ("Kazakhstan"), or "" if c is not a known code.
func (c Country) Name() string {
	p, _ := lookupParty(c)
	return p.name
}

// Kind reports what kind of party c is; [UnknownParty] if c is not a known code.
func (c Country) Kind() PartyKind {
	p, _ := lookupParty(c)
	return p.kind
}

// ParseCountry resolves a code ("kz", "TRNC") or an English name
// ("Kazakhstan", "Republic of Türkiye", "Turkey"), ignoring case, hyphens and
// extra spaces. Empty input or input with characters no code or name has
// gives an error wrapping [ErrSyntax]; well-formed input that names no party
// igo knows gives one wrapping [ErrUnknown].
func ParseCountry(s string) (Country, error) {
	var buf [64]byte
	key, ok := norm.Append(buf[:0], s)
	if !ok {
		return "", &ParseError{What: "country", Input: s, Err: ErrSyntax, Reason: "want an ISO 3166-1 alpha-2 code, a party code or an English name"}
	}
	if len(key) <= 16 {
		var up [16]byte
		for i, b := range key {
			if b >= 'a' && b <= 'z' {
				b -= 'a' - 'A'
			}
			up[i] = b
		}
		if p, ok := lookupParty(Country(up[:len(key)])); ok {
			return p.code, nil
		}
	}
	i := sort.Search(len(partyNames), func(i int) bool { return partyNames[i].key >= string(key) })
	if i < len(partyNames) && partyNames[i].key == string(key) {
		return partyNames[i].code, nil
	}
	return "", &ParseError{What: "country", Input: s, Err: ErrUnknown}
}

// UnmarshalText parses text as [ParseCountry] does, so decoding validates.
func (c *Country) UnmarshalText(text []byte) error {
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
