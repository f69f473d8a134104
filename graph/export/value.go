package export

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/govkg/govkg/graph/property"
)

// normalizeProps maps every value, from the driver or from the offline graph, onto the
// few types every writer knows (property.Portable), so both sources export alike, and
// drops nulls (Neo4j stores none).
func normalizeProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if nv := property.Portable(v); nv != nil {
			out[k] = nv
		}
	}
	return out
}

// sortedKeys returns the keys of p in order.
func sortedKeys(p map[string]any) []string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// formatFloat writes the shortest text that reads back as the same float64.
func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// Kinds of normalized values, as the typed formats (GraphML, CSV) see them.
const (
	kString   = "string"
	kInt      = "int"
	kLong     = "long" // an int outside the 32-bit range
	kDouble   = "double"
	kBool     = "boolean"
	kEmpty    = "[]" // an empty list fits any list type
	arraySufx = "[]"
)

// kindOf names the kind of a normalized value: a scalar kind, or a scalar kind + "[]".
func kindOf(v any) string {
	switch x := v.(type) {
	case string:
		return kString
	case int64:
		if x < math.MinInt32 || x > math.MaxInt32 {
			return kLong
		}
		return kInt
	case float64:
		return kDouble
	case bool:
		return kBool
	case []string:
		if len(x) == 0 {
			return kEmpty
		}
		return kString + arraySufx
	case []int64:
		if len(x) == 0 {
			return kEmpty
		}
		k := kInt
		for _, i := range x {
			if i < math.MinInt32 || i > math.MaxInt32 {
				k = kLong
			}
		}
		return k + arraySufx
	case []float64:
		if len(x) == 0 {
			return kEmpty
		}
		return kDouble + arraySufx
	case []bool:
		if len(x) == 0 {
			return kEmpty
		}
		return kBool + arraySufx
	}
	return kString
}

// typeSet accumulates the kinds one property takes across records and resolves them
// to a single declared type: int widens to long and double; anything else mixed is
// string (lists then travel as JSON text).
type typeSet map[string]bool

func (t typeSet) resolve() string {
	arrays, scalars := map[string]bool{}, map[string]bool{}
	empty := false
	for k := range t {
		switch {
		case k == kEmpty:
			empty = true
		case strings.HasSuffix(k, arraySufx):
			arrays[strings.TrimSuffix(k, arraySufx)] = true
		default:
			scalars[k] = true
		}
	}
	switch {
	case len(scalars) > 0 && (len(arrays) > 0 || empty):
		return kString
	case len(scalars) > 0:
		return widen(scalars)
	case len(arrays) > 0:
		w := widen(arrays)
		return w + arraySufx
	}
	return kString + arraySufx // only empty lists
}

// widen resolves a set of scalar kinds to one.
func widen(ks map[string]bool) string {
	if len(ks) == 1 {
		for k := range ks {
			return k
		}
	}
	numeric := true
	for k := range ks {
		if k != kInt && k != kLong && k != kDouble {
			numeric = false
		}
	}
	switch {
	case !numeric:
		return kString
	case ks[kDouble]:
		return kDouble
	}
	return kLong
}
