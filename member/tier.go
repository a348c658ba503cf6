package member

import (
	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/norm"
)

// A Tier is a party's kind of participation in an organization. The zero
// Tier, None, means "not a party on that day".
type Tier uint8

// Tiers. Acceding and Applicant describe a process, not a standing: they may
// run alongside an observer, dialogue-partner or partner spell.
const (
	None            Tier = iota
	Member               // full member
	Associate            // associate member
	Observer             // observer
	DialoguePartner      // dialogue partner
	Partner              // partner (the SCO's single partner tier of 2025)
	Acceding             // accession under way
	Applicant            // applied for membership or another tier
	// Unknown: the source records this party-year as missing. It stays
	// distinct from None ("not a party"); a dataset that codes missing
	// values, such as the Correlates of War (member/cow), uses it. The
	// built-in data never does: a curated fact without a source is left out.
	Unknown
)

var tierNames = [...]string{
	None:            "none",
	Member:          "member",
	Associate:       "associate member",
	Observer:        "observer",
	DialoguePartner: "dialogue partner",
	Partner:         "partner",
	Acceding:        "accession in progress",
	Applicant:       "applicant",
	Unknown:         "unknown",
}

// String returns the tier in lower-case English: "member", "observer",
// "dialogue partner", ...; "none" for None and an invalid Tier's number
// formatted as "tier(N)".
func (t Tier) String() string {
	if int(t) < len(tierNames) {
		return tierNames[t]
	}
	return "tier(" + itoa(int(t)) + ")"
}

// IsProcess reports whether t is Acceding or Applicant.
func (t Tier) IsProcess() bool { return t == Acceding || t == Applicant }

// ParseTier parses a tier as [Tier.String] prints it, or in the source
// files' form ("dialogue-partner", "acceding"), ignoring case.
func ParseTier(s string) (Tier, error) {
	key, ok := norm.Key(s)
	if !ok {
		return None, &igo.ParseError{What: "tier", Input: s, Err: igo.ErrSyntax, Reason: "want member, associate member, observer, dialogue partner, partner, accession in progress, applicant, unknown or none"}
	}
	for t, name := range tierNames {
		if key == name {
			return Tier(t), nil
		}
	}
	switch key {
	case "associate":
		return Associate, nil
	case "acceding", "accession":
		return Acceding, nil
	}
	return None, &igo.ParseError{What: "tier", Input: s, Err: igo.ErrUnknown, Reason: "want member, associate member, observer, dialogue partner, partner, accession in progress, applicant, unknown or none"}
}

// MarshalText returns the tier as [Tier.String] prints it.
func (t Tier) MarshalText() ([]byte, error) {
	if int(t) >= len(tierNames) {
		return nil, &igo.ParseError{What: "tier", Input: t.String(), Err: igo.ErrUnknown}
	}
	return []byte(t.String()), nil
}

// UnmarshalText parses text as [ParseTier] does.
func (t *Tier) UnmarshalText(text []byte) error {
	v, err := ParseTier(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// A Standing qualifies a spell: a party may stay a member while its
// membership is suspended or its participation frozen. The zero Standing is Active.
type Standing uint8

// Standings.
const (
	Active    Standing = iota
	Suspended          // membership suspended
	Frozen             // participation frozen by the party itself
)

var standingNames = [...]string{Active: "active", Suspended: "suspended", Frozen: "frozen"}

// String returns "active", "suspended" or "frozen", or "standing(N)" for an invalid Standing.
func (s Standing) String() string {
	if int(s) < len(standingNames) {
		return standingNames[s]
	}
	return "standing(" + itoa(int(s)) + ")"
}

// MarshalText returns the standing as [Standing.String] prints it.
func (s Standing) MarshalText() ([]byte, error) {
	if int(s) >= len(standingNames) {
		return nil, &igo.ParseError{What: "standing", Input: s.String(), Err: igo.ErrUnknown}
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses "active", "suspended" or "frozen", ignoring case.
func (s *Standing) UnmarshalText(text []byte) error {
	key, _ := norm.Key(string(text))
	for i, name := range standingNames {
		if key == name {
			*s = Standing(i)
			return nil
		}
	}
	return &igo.ParseError{What: "standing", Input: string(text), Err: igo.ErrUnknown, Reason: "want active, suspended or frozen"}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
