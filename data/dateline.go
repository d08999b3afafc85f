package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Print newspapers sign an article off with a closing dateline, the last
// line of its text in parentheses: the paper, the date of the issue, and
// often the page ("(China Daily 07/10/2019 page9)"). An article with no
// date of its own (from a header block, a feed or a JSONL field) takes the
// dateline's date and, when it has none, its publisher. The line stays in
// the text: offsets index the file.

// datelineRE matches a closing dateline: publisher, date M/D/YYYY (or
// D/M/YYYY when the first number cannot be a month), an optional page.
var datelineRE = regexp.MustCompile(`^\(([A-Z][\w&.' -]{1,60}?)\s+(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+page\s*[\w-]{1,8})?\)$`)

// closingDateline returns the ISO date and the publisher of the dateline
// on the last non-empty line of text, or "", "".
func closingDateline(text string) (date, publisher string) {
	text = strings.TrimRight(text, " \t\r\n")
	last := strings.TrimSpace(text[strings.LastIndexByte(text, '\n')+1:])
	if len(last) > 100 {
		return "", ""
	}
	m := datelineRE.FindStringSubmatch(last)
	if m == nil {
		return "", ""
	}
	a, _ := strconv.Atoi(m[2])
	b, _ := strconv.Atoi(m[3])
	y, _ := strconv.Atoi(m[4])
	mo, d := a, b
	if a > 12 {
		mo, d = b, a // day first
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if isoDate(iso) != iso {
		return "", "" // no such day
	}
	return iso, strings.TrimSpace(m[1])
}
