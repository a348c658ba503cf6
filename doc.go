// Package igo answers questions about intergovernmental organizations from a
// typed, dated and sourced dataset compiled into the module: who belongs to
// an organization, in which tier, on which day; who chairs it, from when to
// when, with which declared priorities; what happened when.
//
// This package holds the small vocabulary the others share: dates that keep
// their precision, half-open periods, party codes, sources and errors. The
// questions are answered by its subpackages:
//
//   - [github.com/igodata/igo/orgs]: the organizations, their names, founding and seats.
//   - [github.com/igodata/igo/member]: who was a party to which organization, in which tier, on a day.
//   - [github.com/igodata/igo/chair]: who chaired which body, when, with which priorities.
//   - [github.com/igodata/igo/timeline]: what happened when, across organizations.
//
// # Dates and precision
//
// A [Date] keeps the precision its source gives: a year ("1996"), a month
// ("2022-11") or a day ("2024-07-04"). Queries take a Date; a date of reduced
// precision stands for the start of its year or month, so a change known
// only to the year is treated as taking effect on 1 January. Records keep
// their precision so that callers can say "in 2016" rather than "on
// 2016-01-01".
//
// # Periods
//
// A [Period] is half-open, [From, To): it includes From and excludes To, so
// one chair's term ends on the day the next begins, and a spell that ended
// on the day of a withdrawal does not contain that day. A zero To means the
// period has not ended.
//
// # Parties
//
// A [Country] is an ISO 3166-1 alpha-2 code for states, and the four-letter
// ISO 3166-3 code for a state that no longer exists ("SUHH", the Soviet
// Union; [FormerState]). Parties without such a code (the Turkish Republic
// of Northern Cyprus, international organizations that observe another) have
// documented codes of three or more letters, or the codes ISO 3166-1
// reserves for the United Nations ("UN") and the European Union ("EU"), and
// [Country.Kind] tells them apart; no code is invented in the ISO space.
//
// # Sources and certainty
//
// Every record carries the public sources that support it (a [Source] each),
// reachable from the record's Sources method. Where sources disagree, the
// data keeps the best-supported value and lists the others as
// [Alternative] values with the reason. A value derived from a rule rather
// than read in a source is marked Inferred; a term or event announced but not
// yet confirmed as held is marked Scheduled. What no source says is left
// unknown: queries then report nothing rather than a guess.
//
// # Data version
//
// [DataVersion] names the snapshot of the data compiled into this module.
// Queries never read the clock: every temporal question takes its date.
// For a day after the data was last checked, an answer reflects what the
// data knew then.
//
// # Errors
//
// Parse functions return a [*ParseError] that names the bad input and wraps
// [ErrSyntax] (malformed) or [ErrUnknown] (well formed, but unknown). Queries
// do not return errors and do not panic: an unknown organization or party, or
// a zero Date, gives an empty answer.
//
// All functions in igo and its subpackages are safe for concurrent use, and
// nothing they return lets a caller change the built-in data.
//
//go:generate go run ./internal/gen
package igo
