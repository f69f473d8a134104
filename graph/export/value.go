package export

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// normalize maps a property value, from the driver or from the in-memory build, onto
// the few types every writer knows: string, int64, float64, bool and slices of those.
// Both sources thus export identically. Non-finite floats become strings ("NaN"),
// which JSON cannot carry; maps and other values become JSON text; []byte base64.
func normalize(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case string, bool, int64:
		return x
	case int:
		return int64(x)
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case uint8:
		return int64(x)
	case uint16:
		return int64(x)
	case uint32:
		return int64(x)
	case uint:
		return normUint(uint64(x))
	case uint64:
		return normUint(x)
	case float32:
		return normFloat(float64(x))
	case float64:
		return normFloat(x)
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return normFloat(f)
		}
		return x.String()
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	case []string:
		return x
	case []int64:
		return x
	case []bool:
		return x
	case []float64:
		for _, f := range x {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return normList(reflect.ValueOf(x))
			}
		}
		return x
	case fmt.Stringer:
		if rv := reflect.ValueOf(v); rv.Kind() != reflect.Slice && rv.Kind() != reflect.Map {
			return x.String()
		}
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		return normalize(rv.Elem().Interface())
	case reflect.Slice, reflect.Array:
		return normList(rv)
	}
	return jsonText(v)
}

func normUint(u uint64) any {
	if u > math.MaxInt64 {
		return strconv.FormatUint(u, 10)
	}
	return int64(u)
}

func normFloat(f float64) any {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return f
}

// normList keeps a list of one kind (ints and floats mixed become floats) and turns
// any other list into strings. An empty list is []string{}.
func normList(rv reflect.Value) any {
	n := rv.Len()
	vals := make([]any, n)
	var s, i, f, b, other int
	for k := range n {
		e := normalize(rv.Index(k).Interface())
		vals[k] = e
		switch e.(type) {
		case string:
			s++
		case int64:
			i++
		case float64:
			f++
		case bool:
			b++
		default:
			other++
		}
	}
	switch {
	case n == 0:
		return []string{}
	case i == n:
		out := make([]int64, n)
		for k, v := range vals {
			out[k] = v.(int64)
		}
		return out
	case i+f == n:
		out := make([]float64, n)
		for k, v := range vals {
			if x, ok := v.(int64); ok {
				out[k] = float64(x)
			} else {
				out[k] = v.(float64)
			}
		}
		return out
	case b == n:
		out := make([]bool, n)
		for k, v := range vals {
			out[k] = v.(bool)
		}
		return out
	}
	out := make([]string, n)
	for k, v := range vals {
		if x, ok := v.(string); ok {
			out[k] = x
		} else {
			out[k] = jsonText(v)
		}
	}
	return out
}

// normalizeProps normalizes every value and drops nulls (Neo4j stores none).
func normalizeProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if nv := normalize(v); nv != nil {
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

// jsonText renders v as compact JSON without HTML escaping (<, >, & stay readable).
func jsonText(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(buf.String(), "\n")
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
