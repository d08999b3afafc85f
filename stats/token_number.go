package stats

// The tokenizer's figures: digits with thousands separators, Indian
// grouping and decimals (scanNumber).

// scanNumber scans digits with thousands separators (1,234,567) and a decimal
// part (3.14) starting at i, fills the number fields of tk and returns the end.
func scanNumber(text string, i int, tk *token) int {
	n := len(text)
	tk.kind = tNum
	if text[i] == '.' {
		// ".08": no integer part
		j := i + 1
		for j < n && isDigit(text[j]) {
			j++
		}
		tk.decimals = int8(min(j-i-1, 100))
		tk.num = parseDecimal("0"+text[i:j], false)
		return j
	}
	var intPart float64
	digits := 0
	j := i
	for j < n && isDigit(text[j]) {
		intPart = intPart*10 + float64(text[j]-'0')
		digits++
		j++
	}
	// (scanIndian's own first test, before it reads the digits again)
	if digits <= 2 && j+3 < n && text[j] == ',' {
		if end, v, ok := scanIndian(text, i); ok {
			tk.commas, tk.num, tk.digits = true, v, 7
			return end
		}
	}
	// thousands separators: ",ddd" groups, only when the first group has 1-3 digits
	if digits <= 3 {
		for j+3 < n+0 && text[j] == ',' && j+3 < n && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4])) {
			intPart = intPart*1000 + float64(text[j+1]-'0')*100 + float64(text[j+2]-'0')*10 + float64(text[j+3]-'0')
			digits += 3
			tk.commas = true
			j += 4
		}
		// a final group at the very end of the text
		if j+4 == n && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) {
			intPart = intPart*1000 + float64(text[j+1]-'0')*100 + float64(text[j+2]-'0')*10 + float64(text[j+3]-'0')
			digits += 3
			tk.commas = true
			j += 4
		}
	}
	val := intPart
	if j+1 < n && text[j] == '.' && isDigit(text[j+1]) {
		j++
		scale := 0.1
		dec := 0
		for j < n && isDigit(text[j]) {
			val += float64(text[j]-'0') * scale
			scale /= 10
			dec++
			j++
		}
		if dec > 100 {
			dec = 100
		}
		tk.decimals = int8(dec)
		// re-parse precisely for short decimals to avoid accumulation error
		val = parseDecimal(text[i:j], tk.commas)
	}
	if digits > 100 {
		digits = 100
	}
	tk.digits = int8(digits)
	tk.num = val
	return j
}

// scanIndian reads a figure grouped the Indian way, "12,34,567.89": one or
// two digits, groups of two, then a last group of three.
func scanIndian(text string, i int) (int, float64, bool) {
	n := len(text)
	j := i
	for j < n && isDigit(text[j]) {
		j++
	}
	if j-i > 2 || j+3 >= n || text[j] != ',' {
		return 0, 0, false
	}
	pairs := 0
	for j+3 < n && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && text[j+3] == ',' {
		j += 3
		pairs++
	}
	if pairs == 0 || j+3 >= n+0 || text[j] != ',' || !isDigit(text[j+1]) || !isDigit(text[j+2]) || j+3 >= n || !isDigit(text[j+3]) || j+4 < n && isDigit(text[j+4]) {
		return 0, 0, false
	}
	j += 4
	if j+1 < n && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < n && isDigit(text[j]) {
			j++
		}
	}
	return j, parseDecimal(text[i:j], true), true
}

// parseDecimal parses "1,234.56" exactly enough for claims (via integer
// mantissa and a power of ten).
func parseDecimal(s string, commas bool) float64 {
	var mant float64
	exp := 0
	seenDot := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c == ',':
			continue
		case c == '.':
			seenDot = true
		default:
			mant = mant*10 + float64(c-'0')
			if seenDot {
				exp++
			}
		}
	}
	return mant / pow10(exp)
}

func pow10(e int) float64 {
	p := 1.0
	for ; e > 0; e-- {
		p *= 10
	}
	return p
}
