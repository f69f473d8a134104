// Package property is the one place that decides what a Go value becomes as a graph
// property: what Build writes into Neo4j and what an export writes out are both this
// mapping, so the database, the offline graph and every export format agree on the
// value of a property.
package property

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Normalize maps v onto the values a Neo4j property holds: string, int64, float64,
// bool, []byte, or a list of one of string, int64, float64 or bool. Integers of every
// size become int64 (a uint64 too large for it becomes its decimal text), float32 and
// json.Number become numbers, pointers are followed, a time becomes its RFC 3339 text
// in UTC, other values with a String method their text. A list of one scalar kind
// stays that kind (integers mixed with floats become floats), any other list becomes a
// list of strings (JSON text for what is not a string), an empty list []string{}.
// Maps and structs become JSON text. ok is false for nil, which Neo4j cannot store.
func Normalize(v any) (value any, ok bool) {
	n := normalize(v, false)
	return n, n != nil
}

// Portable is Normalize for formats without Neo4j's binary and non-finite values
// (JSON, CSV, GraphML, Cypher text): []byte becomes base64 text and NaN, Infinity and
// -Infinity become those strings. It returns nil for nil.
func Portable(v any) any { return normalize(v, true) }

func normalize(v any, portable bool) any {
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
		return uintValue(uint64(x))
	case uint64:
		return uintValue(x)
	case float32:
		return floatValue(float64(x), portable)
	case float64:
		return floatValue(x, portable)
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return floatValue(f, portable)
		}
		return x.String()
	case []byte:
		if portable {
			return base64.StdEncoding.EncodeToString(x)
		}
		return slices.Clone(x)
	case []string:
		return slices.Clone(x)
	case []int64:
		return slices.Clone(x)
	case []bool:
		return slices.Clone(x)
	case []float64:
		if portable && slices.ContainsFunc(x, nonFinite) {
			return list(reflect.ValueOf(x), portable)
		}
		return slices.Clone(x)
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case fmt.Stringer:
		if k := reflect.ValueOf(v).Kind(); k != reflect.Slice && k != reflect.Map && k != reflect.Pointer {
			return x.String()
		}
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		return normalize(rv.Elem().Interface(), portable)
	case reflect.Slice, reflect.Array:
		return list(rv, portable)
	}
	return JSON(v)
}

func uintValue(u uint64) any {
	if u > math.MaxInt64 {
		return strconv.FormatUint(u, 10)
	}
	return int64(u)
}

func nonFinite(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }

func floatValue(f float64, portable bool) any {
	if !portable {
		return f
	}
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

// list keeps a list of one scalar kind (ints and floats mixed become floats) and
// turns any other list into strings.
func list(rv reflect.Value, portable bool) any {
	n := rv.Len()
	vals := make([]any, n)
	var s, i, f, b int
	for k := range n {
		e := normalize(rv.Index(k).Interface(), portable)
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
			out[k] = JSON(v)
		}
	}
	return out
}

// JSON renders v as compact JSON with map keys sorted and without HTML escaping (<, >
// and & stay readable), so the same value always gives the same text.
func JSON(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}
