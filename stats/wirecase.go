package stats

import "strings"

// Wire copy such as the Reuters corpus capitalises the word after a
// dotted abbreviation whatever it is: "The U.S. Has said", "exports to
// the U.S. And Canada", "U.S. Officials said", "500 mln U.S. Dlrs". Read
// as written, "And" starts a sentence, "U.S. Officials" is a name that
// hides the country, and "Has" a name the subject rules stop at.
// wireCase gives the analysis a copy of the text with such words in
// lower case; the claims' text and sentences are still cut from the
// article as written (the copy has the same length and offsets).

// wireCaseKeep are the classes of words that stay capitalised after an
// abbreviation: the names, titles and months they may be part of ("U.S.
// Bank", "U.S. President Reagan", "U.S. Japan talks").
const wireCaseKeep = lxGazRoot | lxGazLower | lxOrgSuffix | lxTitle | lxMonth | lxWeekday | lxNotPlain | lxInstitution

// wireCase returns text with the capitalised common words right after a
// dotted abbreviation ("U.S.", "U.K.") in lower case, or text itself
// when there is none. A function word is always lowered ("U.S. And
// Canada"), other common words only when the word after them is not
// capitalised too ("U.S. Trade Representative" is a name); the words
// that open sentences ("The", "It", "In", ...) are left as they are.
func wireCase(text string) string {
	var b []byte
	for i := 0; ; {
		j := strings.Index(text[i:], ". ")
		if j < 0 {
			break
		}
		i += j + 2
		if !dottedAbbrevEnd(text, i-2) || i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
			continue
		}
		e := i + 1
		for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
			e++
		}
		if e == i+1 || e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] == '.' && e+1 < len(text) && text[e+1] != ' ') {
			continue // "U.S. A", "U.S. McDonald", "U.S. Inc.com": not a plain word
		}
		w := text[i:e]
		if sentenceStarters[w] && w != "And" {
			continue // "... to the U.S. The deficit": a new sentence
		}
		c := lexicon().classOf(w)
		if c&lxCommon == 0 && len(w) > 3 && w[len(w)-1] == 's' {
			c = lexicon().classOf(w[:len(w)-1]) // "U.S. Officials said"
		}
		if c&lxCommon == 0 || c&wireCaseKeep != 0 {
			continue
		}
		if c&lxFunction == 0 && nextCapitalised(text, e) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[i] += 'a' - 'A'
	}
	if b == nil {
		return text
	}
	return string(b)
}

// dottedAbbrevEnd reports whether the period at text[p] ends a dotted
// abbreviation of capitals: "U.S.", "U.K.", "E.C.".
func dottedAbbrevEnd(text string, p int) bool {
	if p < 3 || text[p-2] != '.' || !isASCIIUpper(text[p-1]) || !isASCIIUpper(text[p-3]) {
		return false
	}
	return p == 3 || !isASCIILetter(text[p-4])
}

// nextCapitalised reports whether the word after the space at text[e]
// starts with a capital: "U.S. Trade Representative".
func nextCapitalised(text string, e int) bool {
	return e+1 < len(text) && text[e] == ' ' && isASCIIUpper(text[e+1])
}
