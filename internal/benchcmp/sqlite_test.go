package benchcmp

import (
	"database/sql"
	"iter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/internal/synth"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// sqliteStore holds the records in an in-memory SQLite database with an
// index for each query's key and a prepared statement per query. Dates are
// igo.Date integers (YYYYMMDD); an open end is 0.
type sqliteStore struct {
	db                                   *sql.DB
	tierOf, at, of, ofCountry, chairedBy *sql.Stmt
}

const schema = `
CREATE TABLE spells (org TEXT, country TEXT, tier INT, standing INT, start INT, end INT);
CREATE INDEX spells_org ON spells (org, country, start);
CREATE INDEX spells_country ON spells (country, org, start);
CREATE TABLE bodies (org TEXT, id TEXT, principal INT, PRIMARY KEY (org, id));
CREATE TABLE terms (org TEXT, body TEXT, country TEXT, start INT, end INT);
CREATE INDEX terms_body ON terms (org, body, start);
CREATE INDEX terms_country ON terms (country, org, start);
`

func openSQLite(d synth.Data) (*sqliteStore, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // one connection: each :memory: connection is its own database
	if _, err := db.Exec(schema); err != nil {
		return nil, err
	}
	tx, err := db.Begin()
	if err != nil {
		return nil, err
	}
	ins, err := tx.Prepare(`INSERT INTO spells VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	for _, m := range d.Spells {
		if _, err := ins.Exec(string(m.Org), string(m.Country), int(m.Tier), int(m.Standing), uint32(m.Period.From), uint32(m.Period.To)); err != nil {
			return nil, err
		}
	}
	insB, err := tx.Prepare(`INSERT INTO bodies VALUES (?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	for _, b := range d.Bodies {
		if _, err := insB.Exec(string(b.Org), b.ID, b.Principal); err != nil {
			return nil, err
		}
	}
	insT, err := tx.Prepare(`INSERT INTO terms VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	for _, t := range d.Terms {
		if _, err := insT.Exec(string(t.Org), t.Body, string(t.Country), uint32(t.Period.From), uint32(t.Period.To)); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if _, err := db.Exec(`ANALYZE`); err != nil {
		return nil, err
	}
	s := &sqliteStore{db: db}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		// A standing tier wins over a process (acceding 6, applicant 7), as in member.Status.
		{&s.tierOf, `SELECT tier FROM spells WHERE org = ?1 AND country = ?2 AND start <= ?3 AND (end = 0 OR ?3 < end)
			ORDER BY tier >= 6 LIMIT 1`},
		{&s.at, `SELECT t.country, t.start, t.end FROM bodies b JOIN terms t ON t.org = b.org AND t.body = b.id
			WHERE b.org = ?1 AND b.principal AND t.start <= ?2 AND (t.end = 0 OR ?2 < t.end) ORDER BY t.start DESC LIMIT 1`},
		{&s.of, `SELECT org, country, tier, standing, start, end FROM spells
			WHERE org = ?1 AND start <= ?2 AND (end = 0 OR ?2 < end) ORDER BY country, start`},
		{&s.ofCountry, `SELECT org, country, tier, standing, start, end FROM spells
			WHERE country = ?1 AND start <= ?2 AND (end = 0 OR ?2 < end) ORDER BY org, start`},
		{&s.chairedBy, `SELECT org, body, country, start, end FROM terms
			WHERE country = ?1 AND start < ?3 AND (end = 0 OR end > ?2) ORDER BY org, start, body`},
	} {
		if *p.st, err = db.Prepare(p.sql); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// The store methods answer nothing on a database error, which the
// agreement test would catch.

func (s *sqliteStore) TierOf(org orgs.ID, c igo.Country, d igo.Date) member.Tier {
	var t int
	if err := s.tierOf.QueryRow(string(org), string(c), uint32(d)).Scan(&t); err != nil {
		return member.None
	}
	return member.Tier(t)
}

func (s *sqliteStore) At(org orgs.ID, d igo.Date) (chair.Term, bool) {
	t := chair.Term{Org: org, Body: synth.Body, Role: chair.Chair}
	var from, to uint32
	if err := s.at.QueryRow(string(org), uint32(d)).Scan(&t.Country, &from, &to); err != nil {
		return chair.Term{}, false
	}
	t.Period = igo.Period{From: igo.Date(from), To: igo.Date(to)}
	return t, true
}

func (s *sqliteStore) spells(st *sql.Stmt, key string, d igo.Date) iter.Seq[member.Membership] {
	return func(yield func(member.Membership) bool) {
		rows, err := st.Query(key, uint32(d))
		if err != nil {
			return
		}
		defer rows.Close()
		for rows.Next() {
			var m member.Membership
			var tier, standing int
			var from, to uint32
			if rows.Scan(&m.Org, &m.Country, &tier, &standing, &from, &to) != nil {
				return
			}
			m.Tier, m.Standing = member.Tier(tier), member.Standing(standing)
			m.Period = igo.Period{From: igo.Date(from), To: igo.Date(to)}
			if !yield(m) {
				return
			}
		}
	}
}

func (s *sqliteStore) Of(org orgs.ID, d igo.Date) iter.Seq[member.Membership] {
	return s.spells(s.of, string(org), d)
}

func (s *sqliteStore) OfCountry(c igo.Country, d igo.Date) iter.Seq[member.Membership] {
	return s.spells(s.ofCountry, string(c), d)
}

func (s *sqliteStore) ChairedBy(c igo.Country, year int) iter.Seq[chair.Term] {
	return func(yield func(chair.Term) bool) {
		y := igo.Year(year)
		rows, err := s.chairedBy.Query(string(c), uint32(y.From), uint32(y.To))
		if err != nil {
			return
		}
		defer rows.Close()
		for rows.Next() {
			t := chair.Term{Role: chair.Chair}
			var from, to uint32
			if rows.Scan(&t.Org, &t.Body, &t.Country, &from, &to) != nil {
				return
			}
			t.Period = igo.Period{From: igo.Date(from), To: igo.Date(to)}
			if !yield(t) {
				return
			}
		}
	}
}
