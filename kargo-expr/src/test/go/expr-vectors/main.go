// Command expr-vectors writes the test vectors of kargo-expr: what expr-lang
// (github.com/expr-lang/expr) and Kargo's JSON templates make of a set of
// expressions and templates. See README.md.
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/file"
)

// runs is how many times each case is evaluated; a case whose outcome differs
// between runs depends on Go's map iteration order and is not a usable vector.
// Expressions that walk a map run mapRuns times, so that even a two-key map
// shows both of its orders with near certainty.
const (
	runs    = 8
	mapRuns = 64
)

// walksMap tells whether an expression calls a builtin that iterates a map.
func walksMap(expression string) bool {
	for _, fn := range []string{"keys(", "values(", "toPairs(", "groupBy(", "fromPairs("} {
		if strings.Contains(expression, fn) {
			return true
		}
	}
	return false
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: expr-vectors OUTPUT-DIRECTORY")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := writeExprVectors(filepath.Join(dir, "expr-vectors.jsonl")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := writeTemplateVectors(filepath.Join(dir, "template-vectors.jsonl")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// exprCase is one expression with the environment it runs in (a JSON object).
type exprCase struct {
	topic string
	expr  string
	env   string
}

func writeExprVectors(path string) error {
	var lines [][]byte
	seen := map[string]bool{}
	counts := map[string]int{}
	var order []string
	add := func(c exprCase, fatal bool) error {
		key := c.expr + "\x00" + c.env
		if seen[key] {
			return nil
		}
		line, err := exprVector(c)
		if err != nil {
			if fatal {
				fmt.Fprintf(os.Stderr, "corpus case dropped: %s: %q: %v\n", c.topic, c.expr, err)
			}
			counts["dropped: "+err.Error()]++
			return nil
		}
		seen[key] = true
		if counts[c.topic] == 0 {
			order = append(order, c.topic)
		}
		counts[c.topic]++
		lines = append(lines, line)
		return nil
	}
	for _, c := range corpus() {
		if err := add(c, true); err != nil {
			return err
		}
	}
	for _, c := range randomCases() {
		if err := add(c, false); err != nil {
			return err
		}
	}
	if err := writeLines(path, lines); err != nil {
		return err
	}
	report(path, len(lines), counts)
	return nil
}

func report(path string, total int, counts map[string]int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(os.Stderr, "%s: %d cases\n", path, total)
	for _, k := range keys {
		fmt.Fprintf(os.Stderr, "  %-40s %d\n", k, counts[k])
	}
}

func writeLines(path string, lines [][]byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.Write(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// exprVector evaluates c runs times and returns its line, or an error when the
// outcome is not the same every time (or the case itself is malformed).
func exprVector(c exprCase) ([]byte, error) {
	envText, err := compactJSON(c.env)
	if err != nil {
		return nil, fmt.Errorf("bad env: %w", err)
	}
	n := runs
	if walksMap(c.expr) {
		n = mapRuns
	}
	var first []byte
	for i := 0; i < n; i++ {
		out, err := evaluateOnce(c, envText)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			first = out
		} else if !bytes.Equal(first, out) {
			return nil, errors.New("outcome depends on map iteration order")
		}
	}
	return first, nil
}

func compactJSON(s string) (json.RawMessage, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, []byte(s)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// vector is one line of expr-vectors.jsonl.
type vector struct {
	Topic  string           `json:"topic"`
	Expr   string           `json:"expr"`
	Env    json.RawMessage  `json:"env"`
	Result *json.RawMessage `json:"result,omitempty"`
	Error  *vectorError     `json:"error,omitempty"`
}

type vectorError struct {
	Phase   string `json:"phase"`
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Column  *int   `json:"column,omitempty"`
}

// evaluateOnce compiles and runs expression as Kargo does (expr.Compile without
// expr.Env, then expr.Run with the environment map) and encodes the outcome.
func evaluateOnce(c exprCase, envText json.RawMessage) (out []byte, err error) {
	expression := c.expr
	var env map[string]any
	if err := json.Unmarshal(envText, &env); err != nil {
		return nil, fmt.Errorf("bad env: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	v := vector{Topic: c.topic, Expr: expression, Env: envText}
	program, cerr := expr.Compile(expression)
	if cerr != nil {
		v.Error = newVectorError("compile", cerr)
	} else {
		result, rerr := expr.Run(program, env)
		if rerr != nil {
			v.Error = newVectorError("run", rerr)
		} else {
			enc, err := json.Marshal(encode(result))
			if err != nil {
				return nil, err
			}
			raw := json.RawMessage(enc)
			v.Result = &raw
		}
	}
	return marshalNoEscape(v)
}

func newVectorError(phase string, err error) *vectorError {
	e := &vectorError{Phase: phase, Message: err.Error()}
	var fe *file.Error
	if errors.As(err, &fe) && fe.Line > 0 {
		e.Line = fe.Line
		col := fe.Column
		e.Column = &col
	}
	return e
}

// marshalNoEscape is json.Marshal without HTML escaping (<, >, & stay as they are).
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

var (
	durationType = reflect.TypeOf(time.Duration(0))
	timeType     = reflect.TypeOf(time.Time{})
)

// encode turns a value expr returned into the tagged form of README.md.
func encode(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	t := rv.Type()
	switch t {
	case durationType:
		return obj("duration", strconv.FormatInt(int64(v.(time.Duration)), 10))
	case timeType:
		tm := v.(time.Time)
		return map[string]any{"time": tm.Format(time.RFC3339Nano), "zone": tm.Location().String()}
	}
	switch t.Kind() {
	case reflect.Bool:
		return withGoType(obj("bool", rv.Bool()), t, "bool")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return withGoType(obj("int", strconv.FormatInt(rv.Int(), 10)), t, "int")
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return withGoType(obj("int", strconv.FormatUint(rv.Uint(), 10)), t, "int")
	case reflect.Float32:
		return withGoType(obj("float", strconv.FormatFloat(rv.Float(), 'g', -1, 32)), t, "float64")
	case reflect.Float64:
		return withGoType(obj("float", strconv.FormatFloat(rv.Float(), 'g', -1, 64)), t, "float64")
	case reflect.String:
		if !utf8.ValidString(rv.String()) {
			// Slicing and indexing work on bytes; a result can cut a character.
			return withGoType(obj("bytes", hex.EncodeToString([]byte(rv.String()))), t, "string")
		}
		return withGoType(obj("string", rv.String()), t, "string")
	case reflect.Func:
		// %v of a function is its address: not reproducible.
		return map[string]any{"go": t.String()}
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && rv.IsNil() {
			return withGoType(obj("array", []any{}), t, "[]interface {}")
		}
		items := make([]any, rv.Len())
		for i := range items {
			items[i] = encode(rv.Index(i).Interface())
		}
		return withGoType(obj("array", items), t, "[]interface {}")
	case reflect.Map:
		return encodeMap(rv)
	case reflect.Ptr, reflect.Interface:
		if rv.IsNil() {
			return map[string]any{"go": t.String(), "text": "<nil>"}
		}
	}
	return map[string]any{"go": t.String(), "text": fmt.Sprintf("%v", v)}
}

func obj(tag string, v any) map[string]any {
	return map[string]any{tag: v}
}

// withGoType adds "goType" when the Go type is not the usual one for the tag.
func withGoType(m map[string]any, t reflect.Type, usual string) map[string]any {
	if t.String() != usual {
		m["goType"] = t.String()
	}
	return m
}

func encodeMap(rv reflect.Value) any {
	t := rv.Type()
	keys := rv.MapKeys()
	allStrings := true
	for _, k := range keys {
		kk := k
		if kk.Kind() == reflect.Interface {
			kk = kk.Elem()
		}
		if !kk.IsValid() || kk.Kind() != reflect.String {
			allStrings = false
			break
		}
	}
	if allStrings {
		m := map[string]any{}
		for _, k := range keys {
			kk := k
			if kk.Kind() == reflect.Interface {
				kk = kk.Elem()
			}
			m[kk.String()] = encode(rv.MapIndex(k).Interface())
		}
		return withGoType(obj("map", m), t, "map[string]interface {}")
	}
	type entry struct {
		sortKey string
		key     any
		value   any
	}
	entries := make([]entry, 0, len(keys))
	for _, k := range keys {
		ek := encode(k.Interface())
		b, _ := json.Marshal(ek)
		entries = append(entries, entry{string(b), ek, encode(rv.MapIndex(k).Interface())})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].sortKey < entries[j].sortKey })
	out := make([]any, len(entries))
	for i, e := range entries {
		out[i] = map[string]any{"key": e.key, "value": e.value}
	}
	return withGoType(obj("entries", out), t, "map[string]interface {}")
}
