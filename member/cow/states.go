package cow

import (
	"sort"
	"strconv"

	"github.com/igodata/igo"
)

// A state is one row of the mapping from a COW state code to a party code.
type state struct {
	ccode int
	abb   string      // COW's three-letter state abbreviation
	party igo.Country // the party code; Party overrides it by year for 345, 365 and 816
	name  string      // COW's state name
}

// states maps every COW state code (COW State System Membership v2016,
// states2016.csv, 217 codes) to a party code, ordered by ccode. The rule:
//
//   - A state with an ISO 3166-1 alpha-2 code gets it. A state that only
//     changed its name (Zaire, Burma, Dahomey, Upper Volta, Swaziland) keeps
//     its current code, as COW keeps one ccode.
//   - A state that ceased to exist by dissolution or union gets its ISO 3166-3
//     former code (DDDE, CSHH, YDYE, SUHH, YUCS, CSXX, VDVN); where COW keeps
//     one ccode across such a change, [Party] chooses by year. igo knows
//     these codes as parties of kind [igo.FormerState].
//   - A state with no ISO code at all (German and Italian states before
//     unification, Austria-Hungary, Korea before 1905, Zanzibar, Kosovo) gets
//     "COW-" and its ccode, such as "COW-267" for Baden. The hyphen keeps these
//     apart from every ISO code and every code in igo's parties list, which
//     are letters only; [igo.Country.Kind] reports them as unknown and
//     [StateName] names them.
//
// Rows without a comment are plain ISO 3166-1 matches by name.
var states = [...]state{
	{2, "USA", "US", "United States of America"},
	{20, "CAN", "CA", "Canada"},
	{31, "BHM", "BS", "Bahamas"},
	{40, "CUB", "CU", "Cuba"},
	{41, "HAI", "HT", "Haiti"},
	{42, "DOM", "DO", "Dominican Republic"},
	{51, "JAM", "JM", "Jamaica"},
	{52, "TRI", "TT", "Trinidad and Tobago"},
	{53, "BAR", "BB", "Barbados"},
	{54, "DMA", "DM", "Dominica"},
	{55, "GRN", "GD", "Grenada"},
	{56, "SLU", "LC", "St. Lucia"},
	{57, "SVG", "VC", "St. Vincent and the Grenadines"},
	{58, "AAB", "AG", "Antigua & Barbuda"},
	{60, "SKN", "KN", "St. Kitts and Nevis"},
	{70, "MEX", "MX", "Mexico"},
	{80, "BLZ", "BZ", "Belize"},
	{90, "GUA", "GT", "Guatemala"},
	{91, "HON", "HN", "Honduras"},
	{92, "SAL", "SV", "El Salvador"},
	{93, "NIC", "NI", "Nicaragua"},
	{94, "COS", "CR", "Costa Rica"},
	{95, "PAN", "PA", "Panama"},
	{100, "COL", "CO", "Colombia"},
	{101, "VEN", "VE", "Venezuela"},
	{110, "GUY", "GY", "Guyana"},
	{115, "SUR", "SR", "Suriname"},
	{130, "ECU", "EC", "Ecuador"},
	{135, "PER", "PE", "Peru"},
	{140, "BRA", "BR", "Brazil"},
	{145, "BOL", "BO", "Bolivia"},
	{150, "PAR", "PY", "Paraguay"},
	{155, "CHL", "CL", "Chile"},
	{160, "ARG", "AR", "Argentina"},
	{165, "URU", "UY", "Uruguay"},
	{200, "UKG", "GB", "United Kingdom"},
	{205, "IRE", "IE", "Ireland"},
	{210, "NTH", "NL", "Netherlands"},
	{211, "BEL", "BE", "Belgium"},
	{212, "LUX", "LU", "Luxembourg"},
	{220, "FRN", "FR", "France"},
	{221, "MNC", "MC", "Monaco"},
	{223, "LIE", "LI", "Liechtenstein"},
	{225, "SWZ", "CH", "Switzerland"},
	{230, "SPN", "ES", "Spain"},
	{232, "AND", "AD", "Andorra"},
	{235, "POR", "PT", "Portugal"},
	{240, "HAN", "COW-240", "Hanover"},                 // Hanover: a pre-unification German or Italian state, no ISO code.
	{245, "BAV", "COW-245", "Bavaria"},                 // Bavaria: a pre-unification German or Italian state, no ISO code.
	{255, "GMY", "DE", "Germany"},                      // Germany (the German Empire and Reich to 1945, unified Germany from 1990): DE.
	{260, "GFR", "DE", "German Federal Republic"},      // German Federal Republic, 1955-1990: DE, the code ISO 3166 gave West Germany and kept for unified Germany. COW codes 260 to 1989 and 255 from 1990, so the two never share a year.
	{265, "GDR", "DDDE", "German Democratic Republic"}, // German Democratic Republic: DDDE (ISO 3166-3).
	{267, "BAD", "COW-267", "Baden"},                   // Baden: a pre-unification German or Italian state, no ISO code.
	{269, "SAX", "COW-269", "Saxony"},                  // Saxony: a pre-unification German or Italian state, no ISO code.
	{271, "WRT", "COW-271", "Wuerttemburg"},            // Wuerttemburg: a pre-unification German or Italian state, no ISO code.
	{273, "HSE", "COW-273", "Hesse Electoral"},         // Hesse Electoral: a pre-unification German or Italian state, no ISO code.
	{275, "HSG", "COW-275", "Hesse Grand Ducal"},       // Hesse Grand Ducal: a pre-unification German or Italian state, no ISO code.
	{280, "MEC", "COW-280", "Mecklenburg Schwerin"},    // Mecklenburg Schwerin: a pre-unification German or Italian state, no ISO code.
	{290, "POL", "PL", "Poland"},
	{300, "AUH", "COW-300", "Austria-Hungary"}, // Austria-Hungary: no ISO code.
	{305, "AUS", "AT", "Austria"},
	{310, "HUN", "HU", "Hungary"},
	{315, "CZE", "CSHH", "Czechoslovakia"}, // Czechoslovakia (to 1992): CSHH (ISO 3166-3).
	{316, "CZR", "CZ", "Czech Republic"},
	{317, "SLO", "SK", "Slovakia"},
	{325, "ITA", "IT", "Italy"},
	{327, "PAP", "COW-327", "Papal States"}, // Papal States, to 1860: no ISO code (not VA, the Holy See, which COW does not code).
	{329, "SIC", "COW-329", "Two Sicilies"}, // Two Sicilies: a pre-unification German or Italian state, no ISO code.
	{331, "SNM", "SM", "San Marino"},
	{332, "MOD", "COW-332", "Modena"},  // Modena: a pre-unification German or Italian state, no ISO code.
	{335, "PMA", "COW-335", "Parma"},   // Parma: a pre-unification German or Italian state, no ISO code.
	{337, "TUS", "COW-337", "Tuscany"}, // Tuscany: a pre-unification German or Italian state, no ISO code.
	{338, "MLT", "MT", "Malta"},
	{339, "ALB", "AL", "Albania"},
	{341, "MNG", "ME", "Montenegro"},
	{343, "MAC", "MK", "Macedonia"},
	{344, "CRO", "HR", "Croatia"},
	{345, "YUG", "RS", "Yugoslavia"}, // Yugoslavia, then Serbia and Montenegro, then Serbia, under one COW code: by year in Party (YUCS to 2002, CSXX 2003-2005, RS from 2006).
	{346, "BOS", "BA", "Bosnia and Herzegovina"},
	{347, "KOS", "COW-347", "Kosovo"}, // Kosovo: no ISO 3166-1 code (XK is a user-assigned code, not ISO).
	{349, "SLV", "SI", "Slovenia"},
	{350, "GRC", "GR", "Greece"},
	{352, "CYP", "CY", "Cyprus"},
	{355, "BUL", "BG", "Bulgaria"},
	{359, "MLD", "MD", "Moldova"},
	{360, "ROM", "RO", "Romania"},
	{365, "RUS", "RU", "Russia"}, // Russia, the Soviet Union and Russia again, under one COW code: by year in Party (SUHH 1923-1991, RU otherwise).
	{366, "EST", "EE", "Estonia"},
	{367, "LAT", "LV", "Latvia"},
	{368, "LIT", "LT", "Lithuania"},
	{369, "UKR", "UA", "Ukraine"},
	{370, "BLR", "BY", "Belarus"},
	{371, "ARM", "AM", "Armenia"},
	{372, "GRG", "GE", "Georgia"},
	{373, "AZE", "AZ", "Azerbaijan"},
	{375, "FIN", "FI", "Finland"},
	{380, "SWD", "SE", "Sweden"},
	{385, "NOR", "NO", "Norway"},
	{390, "DEN", "DK", "Denmark"},
	{395, "ICE", "IS", "Iceland"},
	{402, "CAP", "CV", "Cape Verde"},
	{403, "STP", "ST", "Sao Tome and Principe"},
	{404, "GNB", "GW", "Guinea-Bissau"},
	{411, "EQG", "GQ", "Equatorial Guinea"},
	{420, "GAM", "GM", "Gambia"},
	{432, "MLI", "ML", "Mali"},
	{433, "SEN", "SN", "Senegal"},
	{434, "BEN", "BJ", "Benin"},
	{435, "MAA", "MR", "Mauritania"},
	{436, "NIR", "NE", "Niger"},
	{437, "CDI", "CI", "Ivory Coast"},
	{438, "GUI", "GN", "Guinea"},
	{439, "BFO", "BF", "Burkina Faso"},
	{450, "LBR", "LR", "Liberia"},
	{451, "SIE", "SL", "Sierra Leone"},
	{452, "GHA", "GH", "Ghana"},
	{461, "TOG", "TG", "Togo"},
	{471, "CAO", "CM", "Cameroon"},
	{475, "NIG", "NG", "Nigeria"},
	{481, "GAB", "GA", "Gabon"},
	{482, "CEN", "CF", "Central African Republic"},
	{483, "CHA", "TD", "Chad"},
	{484, "CON", "CG", "Congo"},
	{490, "DRC", "CD", "Democratic Republic of the Congo"},
	{500, "UGA", "UG", "Uganda"},
	{501, "KEN", "KE", "Kenya"},
	{510, "TAZ", "TZ", "Tanzania"},
	{511, "ZAN", "COW-511", "Zanzibar"}, // Zanzibar, 1963-1964: no ISO code.
	{516, "BUI", "BI", "Burundi"},
	{517, "RWA", "RW", "Rwanda"},
	{520, "SOM", "SO", "Somalia"},
	{522, "DJI", "DJ", "Djibouti"},
	{530, "ETH", "ET", "Ethiopia"},
	{531, "ERI", "ER", "Eritrea"},
	{540, "ANG", "AO", "Angola"},
	{541, "MZM", "MZ", "Mozambique"},
	{551, "ZAM", "ZM", "Zambia"},
	{552, "ZIM", "ZW", "Zimbabwe"},
	{553, "MAW", "MW", "Malawi"},
	{560, "SAF", "ZA", "South Africa"},
	{565, "NAM", "NA", "Namibia"},
	{570, "LES", "LS", "Lesotho"},
	{571, "BOT", "BW", "Botswana"},
	{572, "SWA", "SZ", "Swaziland"},
	{580, "MAG", "MG", "Madagascar"},
	{581, "COM", "KM", "Comoros"},
	{590, "MAS", "MU", "Mauritius"},
	{591, "SEY", "SC", "Seychelles"},
	{600, "MOR", "MA", "Morocco"},
	{615, "ALG", "DZ", "Algeria"},
	{616, "TUN", "TN", "Tunisia"},
	{620, "LIB", "LY", "Libya"},
	{625, "SUD", "SD", "Sudan"},
	{626, "SSD", "SS", "South Sudan"},
	{630, "IRN", "IR", "Iran"},
	{640, "TUR", "TR", "Turkey"},
	{645, "IRQ", "IQ", "Iraq"},
	{651, "EGY", "EG", "Egypt"},
	{652, "SYR", "SY", "Syria"},
	{660, "LEB", "LB", "Lebanon"},
	{663, "JOR", "JO", "Jordan"},
	{666, "ISR", "IL", "Israel"},
	{670, "SAU", "SA", "Saudi Arabia"},
	{678, "YAR", "YE", "Yemen Arab Republic"}, // Yemen Arab Republic (North Yemen, to 1989): YE, the code ISO 3166 gave North Yemen and kept for unified Yemen; COW codes 678 to 1989 and 679 from 1990.
	{679, "YEM", "YE", "Yemen"},
	{680, "YPR", "YDYE", "Yemen People's Republic"}, // Yemen People's Republic (South Yemen): YDYE (ISO 3166-3).
	{690, "KUW", "KW", "Kuwait"},
	{692, "BAH", "BH", "Bahrain"},
	{694, "QAT", "QA", "Qatar"},
	{696, "UAE", "AE", "United Arab Emirates"},
	{698, "OMA", "OM", "Oman"},
	{700, "AFG", "AF", "Afghanistan"},
	{701, "TKM", "TM", "Turkmenistan"},
	{702, "TAJ", "TJ", "Tajikistan"},
	{703, "KYR", "KG", "Kyrgyzstan"},
	{704, "UZB", "UZ", "Uzbekistan"},
	{705, "KZK", "KZ", "Kazakhstan"},
	{710, "CHN", "CN", "China"},
	{712, "MON", "MN", "Mongolia"},
	{713, "TAW", "TW", "Taiwan"},     // Taiwan: TW (ISO 3166-1 lists it).
	{730, "KOR", "COW-730", "Korea"}, // Korea (the Joseon kingdom and Korean Empire, 1887-1905): no ISO code.
	{731, "PRK", "KP", "North Korea"},
	{732, "ROK", "KR", "South Korea"},
	{740, "JPN", "JP", "Japan"},
	{750, "IND", "IN", "India"},
	{760, "BHU", "BT", "Bhutan"},
	{770, "PAK", "PK", "Pakistan"},
	{771, "BNG", "BD", "Bangladesh"},
	{775, "MYA", "MM", "Myanmar"},
	{780, "SRI", "LK", "Sri Lanka"},
	{781, "MAD", "MV", "Maldives"},
	{790, "NEP", "NP", "Nepal"},
	{800, "THI", "TH", "Thailand"},
	{811, "CAM", "KH", "Cambodia"},
	{812, "LAO", "LA", "Laos"},
	{816, "DRV", "VN", "Vietnam"},             // Vietnam (North Vietnam, then unified Vietnam): by year in Party (VDVN to 1975, VN from 1976).
	{817, "RVN", "VN", "Republic of Vietnam"}, // Republic of Vietnam (South Vietnam, to 1975): VN, the code ISO 3166 gave the Republic of Viet-Nam and kept for unified Vietnam.
	{820, "MAL", "MY", "Malaysia"},
	{830, "SIN", "SG", "Singapore"},
	{835, "BRU", "BN", "Brunei"},
	{840, "PHI", "PH", "Philippines"},
	{850, "INS", "ID", "Indonesia"},
	{860, "ETM", "TL", "East Timor"}, // East Timor: TL.
	{900, "AUL", "AU", "Australia"},
	{910, "PNG", "PG", "Papua New Guinea"},
	{920, "NEW", "NZ", "New Zealand"},
	{935, "VAN", "VU", "Vanuatu"},
	{940, "SOL", "SB", "Solomon Islands"},
	{946, "KIR", "KI", "Kiribati"},
	{947, "TUV", "TV", "Tuvalu"},
	{950, "FIJ", "FJ", "Fiji"},
	{955, "TON", "TO", "Tonga"},
	{970, "NAU", "NR", "Nauru"},
	{983, "MSI", "MH", "Marshall Islands"},
	{986, "PAL", "PW", "Palau"},
	{987, "FSM", "FM", "Federated States of Micronesia"},
	{990, "WSM", "WS", "Samoa"},
}

// Party returns the party code for COW state code ccode in year, and false
// if ccode is not a COW state code. The year matters for the three codes COW
// keeps across a change of state (see the comments in the mapping table):
//
//   - 365: the Soviet Union, SUHH, from 1923 (founded on 30 December 1922)
//     to 1991 (dissolved on 26 December 1991, so COW's 1991 is Soviet);
//     Russia, RU, before and after.
//   - 345: Yugoslavia, YUCS, to 2002 (ISO 3166 kept YU for the Federal
//     Republic until 2003); Serbia and Montenegro, CSXX, 2003-2005; Serbia,
//     RS, from 2006, the year Montenegro (341) became independent.
//   - 816: North Vietnam, VDVN, to 1975; unified Vietnam, VN, from 1976.
func Party(ccode, year int) (igo.Country, bool) {
	s, ok := lookupState(ccode)
	if !ok {
		return "", false
	}
	switch {
	case ccode == 365 && year >= 1923 && year <= 1991:
		return "SUHH", true
	case ccode == 345 && year <= 2002:
		return "YUCS", true
	case ccode == 345 && year <= 2005:
		return "CSXX", true
	case ccode == 816 && year <= 1975:
		return "VDVN", true
	}
	return s.party, true
}

// StateName returns COW's name for the state that party code c stands for:
// "Baden" for "COW-267", "Russia" for "RU" and "SUHH" (COW names the Soviet
// Union Russia), or "" if no COW state maps to c. For parties igo knows,
// [igo.Country.Name] gives the English short name.
func StateName(c igo.Country) string {
	if n, ok := cowCode(c); ok {
		s, _ := lookupState(n)
		return s.name
	}
	for _, f := range formerCodes {
		if f.party == c {
			s, _ := lookupState(f.ccode)
			return s.name
		}
	}
	for _, s := range states {
		if s.party == c {
			return s.name
		}
	}
	return ""
}

// formerCodes are the codes Party gives by year, not listed in states.
var formerCodes = [...]struct {
	party igo.Country
	ccode int
}{{"SUHH", 365}, {"YUCS", 345}, {"CSXX", 345}, {"VDVN", 816}}

// cowCode returns the ccode of a "COW-n" party code.
func cowCode(c igo.Country) (int, bool) {
	s := string(c)
	if len(s) < 5 || s[:4] != "COW-" {
		return 0, false
	}
	n, err := strconv.Atoi(s[4:])
	if err != nil || n <= 0 {
		return 0, false
	}
	if st, ok := lookupState(n); !ok || st.party != c {
		return 0, false
	}
	return n, true
}

func lookupState(ccode int) (state, bool) {
	i := sort.Search(len(states), func(i int) bool { return states[i].ccode >= ccode })
	if i < len(states) && states[i].ccode == ccode {
		return states[i], true
	}
	return state{}, false
}
