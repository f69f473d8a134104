package graph

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"time"
)

// flattenProps turns a free-form property map into values Neo4j can store: primitives
// stay, homogeneous lists of primitives stay lists, other lists become lists of
// strings, maps become JSON text. Keys in reserved are renamed prop_KEY so extracted
// data can never overwrite the bookkeeping properties the build relies on.
func flattenProps(in map[string]any, reserved map[string]bool, out map[string]any) {
	for k, v := range in {
		if k == "" {
			continue
		}
		fv, ok := flatten(v)
		if !ok {
			continue
		}
		if reserved[k] {
			k = "prop_" + k
		}
		out[k] = fv
	}
}

// flatten converts one value; ok is false for nil, which Neo4j cannot store.
func flatten(v any) (any, bool) {
	if v == nil {
		return nil, false
	}
	if p, ok := primitive(v); ok {
		return p, true
	}
	switch x := v.(type) {
	case []string:
		return append([]string{}, x...), true
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano), true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil, false
		}
		return flatten(rv.Elem().Interface())
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
			return rv.Bytes(), true // []byte is a native Neo4j type
		}
		return flattenList(rv), true
	default:
		return jsonText(v), true
	}
}

// primitive normalizes scalars: all integers to int64 (uint64 too large becomes a
// string), floats to float64, json.Number to int64 or float64.
func primitive(v any) (any, bool) {
	switch x := v.(type) {
	case string, bool, int64, float64:
		return x, true
	case int:
		return int64(x), true
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case uint:
		return uintValue(uint64(x)), true
	case uint8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case uint64:
		return uintValue(x), true
	case float32:
		return float64(x), true
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, true
		}
		if f, err := x.Float64(); err == nil {
			return f, true
		}
		return x.String(), true
	}
	return nil, false
}

func uintValue(u uint64) any {
	if u > math.MaxInt64 {
		return fmt.Sprint(u)
	}
	return int64(u)
}

// flattenList keeps a list of one primitive kind (ints and floats mixed become floats)
// and turns anything else into a list of strings.
func flattenList(rv reflect.Value) any {
	n := rv.Len()
	vals := make([]any, 0, n)
	kinds := map[string]bool{}
	for i := range n {
		e := rv.Index(i).Interface()
		if e == nil {
			kinds["other"] = true
			vals = append(vals, nil)
			continue
		}
		p, ok := primitive(e)
		if !ok {
			kinds["other"] = true
			vals = append(vals, e)
			continue
		}
		switch p.(type) {
		case string:
			kinds["string"] = true
		case bool:
			kinds["bool"] = true
		case int64, float64:
			kinds["number"] = true
		}
		vals = append(vals, p)
	}
	switch {
	case len(kinds) == 1 && kinds["string"]:
		out := make([]string, n)
		for i, v := range vals {
			out[i] = v.(string)
		}
		return out
	case len(kinds) == 1 && kinds["bool"]:
		out := make([]bool, n)
		for i, v := range vals {
			out[i] = v.(bool)
		}
		return out
	case len(kinds) == 1 && kinds["number"]:
		allInt := true
		for _, v := range vals {
			if _, ok := v.(int64); !ok {
				allInt = false
			}
		}
		if allInt {
			out := make([]int64, n)
			for i, v := range vals {
				out[i] = v.(int64)
			}
			return out
		}
		out := make([]float64, n)
		for i, v := range vals {
			switch x := v.(type) {
			case int64:
				out[i] = float64(x)
			case float64:
				out[i] = x
			}
		}
		return out
	case len(kinds) == 0:
		return []string{}
	}
	out := make([]string, n)
	for i, v := range vals {
		if s, ok := v.(string); ok {
			out[i] = s
		} else {
			out[i] = jsonText(v)
		}
	}
	return out
}

// jsonText renders v as JSON (map keys sorted, so the text is deterministic).
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
