package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/bojanz/currency"
)

// entity is one gazetteer entry being built.
type entity struct {
	kind     string // country, bloc, org, region
	name     string // canonical short name
	alpha2   string
	alpha3   string
	currency string
	names    []string // aliases, canonical name not included
	adjs     []string // adjectives and demonyms
	caps     []string // capitals and seats used as metonyms
}

// gazetteer is the built entity list.
type gazetteer struct {
	entities []*entity
	stops    []string
	byName   map[string]*entity // canonical names
	notes    []string
}

var kindOrder = map[string]int{"country": 0, "bloc": 1, "org": 2, "region": 3}

// buildGazetteer merges the country library with the hand-kept files.
func buildGazetteer() (*gazetteer, error) {
	var errs errorList
	g := &gazetteer{byName: map[string]*entity{}}

	rows, err := readTSV("countries.tsv")
	if err != nil {
		return nil, err
	}
	hand := map[string]tsvLine{}
	for _, l := range rows {
		a2 := l.field(0)
		if _, dup := hand[a2]; dup {
			errs.add("%s: %s listed twice", l, a2)
		}
		hand[a2] = l
	}

	seen := map[string]bool{}
	for _, c := range countries.All() {
		a2 := c.Alpha2()
		seen[a2] = true
		l, ok := hand[a2]
		if !ok {
			errs.add("countries.tsv: no line for %s (%s)", a2, c.String())
			continue
		}
		e := &entity{
			kind:   "country",
			name:   l.field(1),
			alpha2: a2,
			alpha3: c.Alpha3(),
		}
		if e.name == "" {
			errs.add("%s: no name", l)
		}
		// The library's English name, without a parenthesised part, is an alias
		// unless the hand-kept line removes it.
		remove := map[string]bool{}
		for _, a := range l.list(2) {
			if strings.HasPrefix(a, "-") {
				remove[phraseKey(a[1:])] = true
				continue
			}
			e.names = append(e.names, a)
		}
		if lib := libraryName(c.String()); lib != "" && !remove[phraseKey(lib)] {
			e.names = append(e.names, lib)
		}
		e.adjs = l.list(3)
		switch caps := l.field(4); caps {
		case "-":
		case "":
			if capital := c.Capital().String(); capital != "" && capital != "None" && capital != "Unknown" {
				e.caps = []string{capital}
			}
		default:
			e.caps = l.list(4)
		}
		e.currency = countryCurrency(c, l.field(5))
		if e.currency == "" && a2 != "AQ" {
			errs.add("%s: %s has no currency", l, a2)
		}
		g.add(e, &errs)
	}
	for a2, l := range hand {
		if !seen[a2] {
			errs.add("%s: %s is not a country of github.com/biter777/countries", l, a2)
		}
	}

	rows, err = readTSV("entities.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range rows {
		kind := l.field(0)
		if kind == "stop" {
			g.stops = append(g.stops, l.field(1))
			continue
		}
		if _, ok := kindOrder[kind]; !ok {
			errs.add("%s: unknown kind %q", l, kind)
			continue
		}
		e := &entity{
			kind:     kind,
			name:     l.field(1),
			alpha2:   l.field(2),
			alpha3:   l.field(3),
			currency: l.field(4),
			names:    l.list(5),
			adjs:     l.list(6),
			caps:     l.list(7),
		}
		g.add(e, &errs)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	g.finish(&errs)
	sort.SliceStable(g.entities, func(i, j int) bool {
		a, b := g.entities[i], g.entities[j]
		if kindOrder[a.kind] != kindOrder[b.kind] {
			return kindOrder[a.kind] < kindOrder[b.kind]
		}
		return a.name < b.name
	})
	sort.Strings(g.stops)
	return g, errs.err()
}

func (g *gazetteer) add(e *entity, errs *errorList) {
	if _, dup := g.byName[e.name]; dup {
		errs.add("entity %q defined twice", e.name)
		return
	}
	g.byName[e.name] = e
	g.entities = append(g.entities, e)
}

// finish adds automatic plurals, removes duplicates and checks that no
// phrase names two entities.
func (g *gazetteer) finish(errs *errorList) {
	owner := map[string]string{} // phrase key -> entity name
	lowerSeen := map[string]bool{}
	claim := func(e *entity, phrase string) bool {
		k := phraseKey(phrase)
		if k == "" {
			errs.add("%s: empty phrase %q", e.name, phrase)
			return false
		}
		if o, ok := owner[k]; ok {
			if o != e.name {
				errs.add("%q names both %s and %s", phrase, o, e.name)
				return false
			}
			// Keep a lower-case variant ("sub-Saharan Africa"): it lets the
			// phrase match in lower case.
			return startsLower(phrase) && !lowerSeen[k]
		}
		if startsLower(phrase) {
			lowerSeen[k] = true
		}
		owner[k] = e.name
		return true
	}
	// Canonical names first, then aliases, adjectives and capitals, so that
	// a phrase that is both a name and an adjective stays a name.
	for _, e := range g.entities {
		claim(e, e.name)
	}
	for _, e := range g.entities {
		e.names = keep(e.names, func(s string) bool { return claim(e, s) })
	}
	for _, e := range g.entities {
		e.adjs = keep(e.adjs, func(s string) bool { return claim(e, s) })
	}
	for _, e := range g.entities {
		e.caps = keep(e.caps, func(s string) bool { return claim(e, s) })
	}
	// Automatic plurals of demonyms ("Americans"), unless taken.
	for _, e := range g.entities {
		var plurals []string
		for _, a := range e.adjs {
			if !strings.HasSuffix(a, "an") && !strings.HasSuffix(a, "i") {
				continue
			}
			p := a + "s"
			if _, taken := owner[phraseKey(p)]; taken {
				continue
			}
			owner[phraseKey(p)] = e.name
			plurals = append(plurals, p)
		}
		e.adjs = append(e.adjs, plurals...)
	}
	for _, s := range g.stops {
		if o, ok := owner[phraseKey(s)]; ok {
			errs.add("stop phrase %q is an alias of %s", s, o)
		}
	}
}

// startsLower reports whether a phrase starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// keep returns the items of list for which f reports true.
func keep(list []string, f func(string) bool) []string {
	out := list[:0]
	for _, s := range list {
		if f(s) {
			out = append(out, s)
		}
	}
	return out
}

// libraryName strips a parenthesised part from a library country name and
// drops names that are lists ("Bonaire, Sint Eustatius And Saba").
func libraryName(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + s[i+j+1:]
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, ",") {
		return ""
	}
	return s
}

// countryCurrency chooses a country's currency: the hand-kept override, else
// the CLDR mapping of github.com/bojanz/currency (current: it knows of the
// 2026 Bulgarian euro and the Caribbean guilder), else the one of
// github.com/biter777/countries.
func countryCurrency(c countries.CountryCode, override string) string {
	if override != "" {
		return override
	}
	if code, ok := currency.ForCountryCode(c.Alpha2()); ok && code != "" {
		return code
	}
	if cc := c.Currency(); cc.IsValid() {
		return cc.Alpha()
	}
	return ""
}

// render writes gazetteer.tsv.
func (g *gazetteer) render() []byte {
	var b bytes.Buffer
	b.WriteString(`# Entity gazetteer of package stats: generated by go generate; do not edit.
# Sources: github.com/biter777/countries (names, ISO 3166-1 codes, capitals),
# github.com/bojanz/currency (currencies) and stats/internal/gen/*.tsv.
#
# Columns: kind, canonical name, ISO alpha-2, ISO alpha-3, ISO 4217 currency,
# names and aliases, adjectives and demonyms, capitals used as metonyms (lists are
# separated by "|"). A "stop" line is a phrase that names none of its words' entities.
`)
	for _, e := range g.entities {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.kind, e.name, e.alpha2, e.alpha3,
			e.currency, strings.Join(e.names, "|"), strings.Join(e.adjs, "|"), strings.Join(e.caps, "|"))
	}
	for _, s := range g.stops {
		fmt.Fprintf(&b, "stop\t%s\n", s)
	}
	return b.Bytes()
}
