package main

// The units table (stats/units.tsv) is generated from the hand-kept
// units.tsv in this directory. Go units libraries were considered as the
// source, as bojanz/currency is for currencies: github.com/bcicen/go-units
// (v1.0.5, 2023) has SI prefixes and the metric and imperial units, but no
// hectare, acre, barrel, bushel, bale, carat, TEU, horsepower, knot, mile
// per hour or any rate; its symbols are bare letters with no sense of
// context ("d" day, "t" ton, "C" Celsius), its names American ("meter",
// "liter") where claims.md writes "metre" and "tonne", it counts "score" as
// a unit of time, and it brings an expression evaluator for conversions we
// do not do. gonum.org/v1/gonum/unit has SI dimensions but no names. The
// table is words news writes, so it is kept by hand; the generator only
// expands the SI prefixes, so that "kilowatt hour", "kWh", "kwh" and "KWh"
// come from one line.

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// siPrefix is an SI prefix: its name and its symbols.
type siPrefix struct {
	name    string
	symbols []string
}

var siPrefixes = map[string]siPrefix{
	"exa": {"exa", []string{"E"}}, "peta": {"peta", []string{"P"}}, "tera": {"tera", []string{"T"}},
	"giga": {"giga", []string{"G"}}, "mega": {"mega", []string{"M"}}, "kilo": {"kilo", []string{"k"}},
	"hecto": {"hecto", []string{"h"}}, "deci": {"deci", []string{"d"}}, "centi": {"centi", []string{"c"}},
	"milli": {"milli", []string{"m"}}, "micro": {"micro", []string{"µ", "μ"}}, "nano": {"nano", []string{"n"}},
	"pico": {"pico", []string{"p"}}, "atto": {"atto", []string{"a"}},
}

// unitEntry is one unit of the table.
type unitEntry struct {
	name, dim string
	hyphen    bool
}

// formEntry is one written form of a unit.
type formEntry struct {
	form   string
	unit   string
	factor float64
	fold   bool // matched in any case
	weak   bool // a folded prefixed symbol: dropped if another unit folds to the same
	src    string
}

// unitTable is the generator's result.
type unitTable struct {
	units map[string]*unitEntry
	forms []formEntry
	notes []string
}

// buildUnits reads units.tsv and expands it.
func buildUnits() (*unitTable, error) {
	rows, err := readTSV("units.tsv")
	if err != nil {
		return nil, err
	}
	var errs errorList
	t := &unitTable{units: map[string]*unitEntry{}}
	addUnit := func(l tsvLine, name, dim string, hyphen bool) {
		if _, dup := t.units[name]; dup {
			errs.add("%s: unit %q defined twice", l, name)
			return
		}
		t.units[name] = &unitEntry{name: name, dim: dim, hyphen: hyphen}
	}
	var formLines []tsvLine
	for _, l := range rows {
		switch l.field(0) {
		case "unit":
			name, dim := l.field(1), l.field(2)
			if name == "" || dim == "" {
				errs.add("%s: a unit needs a name and a dimension", l)
				continue
			}
			fold, hyphen := false, false
			for _, o := range strings.Fields(l.field(7)) {
				switch o {
				case "fold":
					fold = true
				case "hyphen":
					hyphen = true
				default:
					errs.add("%s: unknown option %q", l, o)
				}
			}
			addUnit(l, name, dim, hyphen)
			add := func(unit, form string, fold, weak bool) {
				t.forms = append(t.forms, formEntry{form: form, unit: unit, factor: 1, fold: fold, weak: weak, src: l.String()})
			}
			for _, n := range l.list(3) {
				add(name, n, true, false)
			}
			for _, s := range l.list(4) {
				add(name, s, false, false)
			}
			for _, a := range l.list(5) {
				add(name, a, true, false)
			}
			for _, pn := range strings.Fields(l.field(6)) {
				p, ok := siPrefixes[pn]
				if !ok {
					errs.add("%s: unknown SI prefix %q", l, pn)
					continue
				}
				pname := p.name + name
				addUnit(l, pname, dim, hyphen)
				for _, n := range l.list(3) {
					add(pname, p.name+n, true, false)
				}
				for _, ps := range p.symbols {
					for _, s := range l.list(4) {
						if strings.ContainsAny(s, " °º") {
							continue // no prefix on a phrase or a degree sign
						}
						add(pname, ps+s, false, false)
						if fold {
							add(pname, ps+s, true, true)
						}
					}
				}
			}
		case "form":
			formLines = append(formLines, l)
		default:
			errs.add("%s: unknown line kind %q", l, l.field(0))
		}
	}
	for _, l := range formLines {
		unit := l.field(2)
		if t.units[unit] == nil {
			errs.add("%s: form of unknown unit %q", l, unit)
			continue
		}
		f, err := strconv.ParseFloat(l.field(3), 64)
		if err != nil || f <= 0 {
			errs.add("%s: bad factor %q", l, l.field(3))
			continue
		}
		var fold bool
		switch l.field(4) {
		case "fold":
			fold = true
		case "exact":
		default:
			errs.add("%s: match must be exact or fold, not %q", l, l.field(4))
			continue
		}
		t.forms = append(t.forms, formEntry{form: l.field(1), unit: unit, factor: f, fold: fold, src: l.String()})
	}
	t.resolve(&errs)
	return t, errs.err()
}

// resolve drops duplicate forms and settles forms that two units share: a
// weak folded symbol gives way to any other form and to another weak one
// (both dropped); two strong forms of different units are a data error.
func (t *unitTable) resolve(errs *errorList) {
	type key struct {
		k    string
		fold bool
	}
	keyOf := func(f formEntry) key {
		if f.fold {
			return key{asciiLowerGen(f.form), true}
		}
		return key{f.form, false}
	}
	byKey := map[key][]formEntry{}
	var order []key
	for _, f := range t.forms {
		k := keyOf(f)
		if _, seen := byKey[k]; !seen {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], f)
	}
	var out []formEntry
	for _, k := range order {
		fs := byKey[k]
		var strong, weak []formEntry
		for _, f := range fs {
			if f.weak {
				weak = append(weak, f)
			} else {
				strong = append(strong, f)
			}
		}
		pick := func(list []formEntry) (formEntry, bool) {
			first := list[0]
			for _, f := range list[1:] {
				if f.unit != first.unit || f.factor != first.factor {
					return first, false
				}
			}
			return first, true
		}
		switch {
		case len(strong) > 0:
			f, ok := pick(strong)
			if !ok {
				errs.add("%s: form %q names two units (%s)", f.src, f.form, unitsOf(strong))
				continue
			}
			if len(weak) > 0 {
				if w, _ := pick(weak); w.unit != f.unit {
					t.notes = append(t.notes, fmt.Sprintf("units: %q folds to a form of %s; not matched in any case for %s", w.form, f.unit, w.unit))
				}
			}
			f.weak = false
			out = append(out, f)
		default:
			f, ok := pick(weak)
			if !ok {
				t.notes = append(t.notes, fmt.Sprintf("units: %q folds to forms of %s; matched only as written", f.form, unitsOf(weak)))
				continue
			}
			out = append(out, f)
		}
	}
	t.forms = out
}

func unitsOf(fs []formEntry) string {
	var names []string
	for _, f := range fs {
		names = append(names, f.unit)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// asciiLowerGen lower-cases ASCII letters only, as the grammar's folded
// lookup does.
func asciiLowerGen(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// render writes stats/units.tsv.
func (t *unitTable) render() []byte {
	var b bytes.Buffer
	b.WriteString(`# Units of measure of package stats: generated by go generate; do not edit.
# Source: stats/internal/gen/units.tsv, with the SI prefixes expanded.
#
# unit  NAME  DIMENSION  [hyphen]      a unit: its unit_name and what it measures;
#                                      hyphen: only in a compound adjective
# form  FORM  NAME  FACTOR  exact|fold a written form of a unit, matched as
#                                      written or in any case; the form states
#                                      FACTOR of the unit ("bcm": 1e9 cubic metres)
`)
	names := make([]string, 0, len(t.units))
	for n := range t.units {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		u := t.units[n]
		h := ""
		if u.hyphen {
			h = "hyphen"
		}
		fmt.Fprintf(&b, "unit\t%s\t%s\t%s\n", u.name, u.dim, h)
	}
	forms := append([]formEntry(nil), t.forms...)
	sort.Slice(forms, func(i, j int) bool {
		if forms[i].form != forms[j].form {
			return forms[i].form < forms[j].form
		}
		return !forms[i].fold && forms[j].fold
	})
	for _, f := range forms {
		m := "exact"
		if f.fold {
			m = "fold"
		}
		fmt.Fprintf(&b, "form\t%s\t%s\t%s\t%s\n", f.form, f.unit, strconv.FormatFloat(f.factor, 'g', -1, 64), m)
	}
	return b.Bytes()
}
