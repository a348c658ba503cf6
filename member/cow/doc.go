// Package cow loads the Correlates of War Intergovernmental Organizations
// dataset, version 3.0 (COW IGO v3), into igo's types, so that every
// [member.Table] query answers from it.
//
// COW IGO v3 (Pevehouse, Nordstrom, McManus and Jamison 2020) codes the
// membership of 534 organizations, yearly from 1816 to 2014. It is not part
// of this module: download it from https://correlatesofwar.org/data-sets/igos/
// and cite it as its documentation asks:
//
//	Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W McManus, Anne Spencer
//	Jamison, "Tracking Organizations in the World: The Correlates of War IGO
//	Version 3.0 datasets", Journal of Peace Research 57(3), 2020.
//
// # Reading
//
// [Load] reads the published CSV files from a directory; [Read] from any
// readers. The result is a [Dataset]: its organizations ([Org], found with
// [Dataset.Lookup] by abbreviation or name) and a [member.Table] of spells
// ([Dataset.Table]).
//
// # Years and spells
//
// COW codes years, not days: a spell runs from the first year to the year
// after the last, at year precision ("1992/2001" for 1992 to 2000). Queries
// take a day, so [member.Table.TierOf] on any day of 2000 answers as COW codes
// 2000. A spell still running in COW's last year, 2014, is left open, as a
// spell that has not ended is in the built-in data: later dates answer as COW
// coded 2014, and [Dataset.Years] says what COW covers.
//
// # Tiers
//
// Full membership is [member.Member], associate membership
// [member.Associate], observer status [member.Observer]. COW's "missing data"
// (-9) is [member.Unknown], distinct from [member.None], which means COW codes
// the state as not a member, or the organization as not existing, or the
// state as outside the state system that year. COW has no dialogue partners
// or partners.
//
// # Parties
//
// COW identifies states by COW state code (ccode). [Party] maps each to the
// party code igo uses: ISO 3166-1 alpha-2 for states that have one, ISO
// 3166-3 former codes for states that dissolved or united (the Soviet Union
// is SUHH, East Germany DDDE), and "COW-" and the ccode for states ISO never
// coded (Baden is "COW-267"). The table and the year rules are documented on
// [Party].
//
// # Errors
//
// Malformed or unexpected input gives a *[ParseError] naming the file, line
// and column; it wraps [igo.ErrSyntax] or [igo.ErrUnknown]. Nothing panics.
//
// A Dataset is immutable and safe for concurrent use.
package cow
