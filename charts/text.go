package charts

import (
	"strings"
	"unicode"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

const ellipsis = "…"

// nbsp is a no-break space: wrap never breaks a line there.
const nbsp = "\u00a0"

// clean makes article text safe to draw on one line: control characters
// and runs of spaces become single spaces (no-break spaces are kept).
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == '\u00a0' {
			b.WriteRune(r)
			space = false
			continue
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == unicode.ReplacementChar {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// truncate shortens s with an ellipsis so that it fits in width.
func truncate(s text.Style, str string, width vg.Length) string {
	str = clean(str)
	if s.Width(str) <= width {
		return str
	}
	runes := []rune(str)
	// Binary search for the longest prefix that fits with the ellipsis.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.Width(strings.TrimRight(string(runes[:mid]), " ,;:-")+ellipsis) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(runes[:lo]), " ,;:-") + ellipsis
}

// wrap breaks s into at most maxLines lines of at most width, at spaces;
// the last line is truncated with an ellipsis if the text does not fit.
func wrap(s text.Style, str string, width vg.Length, maxLines int) []string {
	str = clean(str)
	if str == "" {
		return nil
	}
	if maxLines <= 1 {
		return []string{truncate(s, str, width)}
	}
	words := strings.Split(str, " ")
	var lines []string
	line := ""
	for i, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if s.Width(try) <= width || line == "" {
			line = try
			continue
		}
		lines = append(lines, truncate(s, line, width))
		if len(lines) == maxLines-1 {
			rest := strings.Join(words[i:], " ")
			lines = append(lines, truncate(s, rest, width))
			return lines
		}
		line = w
	}
	if line != "" {
		lines = append(lines, truncate(s, line, width))
	}
	return lines
}

// wrapBalanced wraps like wrap but evens out the line lengths, so that a
// title does not end with a lone word on its last line.
func wrapBalanced(s text.Style, str string, width vg.Length, maxLines int) []string {
	lines := wrap(s, str, width, maxLines)
	if len(lines) < 2 || strings.HasSuffix(lines[len(lines)-1], ellipsis) {
		return lines
	}
	lo, hi := width/vg.Length(len(lines)), width
	for range 12 {
		mid := (lo + hi) / 2
		try := wrap(s, str, mid, maxLines)
		if len(try) == len(lines) && !strings.HasSuffix(try[len(try)-1], ellipsis) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return wrap(s, str, hi, maxLines)
}
