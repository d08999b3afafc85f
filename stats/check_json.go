package stats

import "strconv"

// appendClaimCheck appends c's check, if any, as the last field of the
// object that dst ends with ("}\n"): the bytes encoding/json writes for
// Claim.Check. The check's reference was checked to be finite.
func appendClaimCheck(dst []byte, c *Claim) []byte {
	k := c.Check
	if k == nil {
		return dst
	}
	dst = dst[:len(dst)-2] // "}\n"
	dst = append(dst, `,"check":{"verdict":`...)
	dst = appendJSONString(dst, string(k.Verdict))
	dst = append(dst, `,"reference":`...)
	if k.Reference == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendJSONFloat(dst, *k.Reference)
	}
	dst = append(dst, `,"series":`...)
	dst = appendJSONString(dst, k.Series)
	dst = append(dst, `,"year":`...)
	dst = strconv.AppendInt(dst, int64(k.Year), 10)
	dst = append(dst, `,"reason":`...)
	dst = appendJSONString(dst, k.Reason)
	dst = appendJSONField(dst, `,"source":`, k.Source)
	return append(dst, "}}\n"...)
}
