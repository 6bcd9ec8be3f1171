// Command extract-step-cases turns the promotion-step config validation test
// tables of Kargo (pkg/promotion/runner/builtin/*_test.go) into a JSON data
// file that kargo4j's tests can use without Go.
//
// Usage:
//
//	go run . /tmp/kargo-v1.11.2/pkg/promotion/runner/builtin > kargo-step-validation-cases.json
//
// The program only parses the Go sources (go/parser); it never compiles or
// runs Kargo code. Only the standard library is used.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const (
	origin = "github.com/akuity/kargo v1.11.2 (commit 20c56384dc3aa29911368fa9c0916e8f4a541252), " +
		"pkg/promotion/runner/builtin/*_test.go, Apache License 2.0, Copyright 2022 Akuity, Inc."
	generatedBy = "kargo-model/src/test/go/extract-step-cases"
)

// stepByFile maps the base name of a test file (without "_test.go") to the
// step name (the value of `uses`). Each entry was checked against the
// stepKind* constant used as the runner's Name in the matching <base>.go file
// of Kargo v1.11.2; the program re-checks this at run time (see
// checkStepKinds).
var stepByFile = map[string]string{
	"argocd_updater":         "argocd-update",
	"argocd_waiter":          "argocd-wait",
	"failer":                 "fail",
	"file_copier":            "copy",
	"file_deleter":           "delete",
	"file_writer":            "file-write",
	"git_cloner":             "git-clone",
	"git_commiter":           "git-commit",
	"git_pr_merger":          "git-merge-pr",
	"git_pr_opener":          "git-open-pr",
	"git_pr_waiter":          "git-wait-for-pr",
	"git_pusher":             "git-push",
	"git_tagger":             "git-tag",
	"git_tree_clearer":       "git-clear",
	"github_pusher":          "github-push",
	"helm_chart_updater":     "helm-update-chart",
	"helm_template_runner":   "helm-template",
	"http_downloader":        "http-download",
	"http_requester":         "http",
	"json_parser":            "json-parse",
	"json_updater":           "json-update",
	"kustomize_builder":      "kustomize-build",
	"kustomize_image_setter": "kustomize-set-image",
	"metadata_setter":        "set-metadata",
	"oci_downloader":         "oci-download",
	"oci_pusher":             "oci-push",
	"set_freight_alias":      "set-freight-alias",
	"tar_extractor":          "untar",
	"toml_parser":            "toml-parse",
	"toml_updater":           "toml-update",
	"yaml_merger":            "yaml-merge",
	"yaml_parser":            "yaml-parse",
	"yaml_updater":           "yaml-update",
	"output_composer":        "compose-output",
}

// ---------------------------------------------------------------------------
// Ordered JSON values
// ---------------------------------------------------------------------------

type jsonValue interface{}

type jsonMember struct {
	Key   string
	Value jsonValue
}

type jsonObject []jsonMember

type jsonArray []jsonValue

// jsonNumber holds the text of a JSON number.
type jsonNumber string

type jsonNull struct{}

func writeJSON(buf *bytes.Buffer, v jsonValue, indent int) {
	pad := func(n int) { buf.WriteString(strings.Repeat("  ", n)) }
	switch t := v.(type) {
	case jsonObject:
		if len(t) == 0 {
			buf.WriteString("{}")
			return
		}
		buf.WriteString("{\n")
		for i, m := range t {
			pad(indent + 1)
			writeString(buf, m.Key)
			buf.WriteString(": ")
			writeJSON(buf, m.Value, indent+1)
			if i < len(t)-1 {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		pad(indent)
		buf.WriteString("}")
	case jsonArray:
		if len(t) == 0 {
			buf.WriteString("[]")
			return
		}
		buf.WriteString("[\n")
		for i, e := range t {
			pad(indent + 1)
			writeJSON(buf, e, indent+1)
			if i < len(t)-1 {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		pad(indent)
		buf.WriteString("]")
	case string:
		writeString(buf, t)
	case jsonNumber:
		buf.WriteString(string(t))
	case bool:
		buf.WriteString(strconv.FormatBool(t))
	case jsonNull, nil:
		buf.WriteString("null")
	default:
		panic(fmt.Sprintf("unexpected JSON value type %T", v))
	}
}

func writeString(buf *bytes.Buffer, s string) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	buf.Write(bytes.TrimRight(b.Bytes(), "\n"))
}

// ---------------------------------------------------------------------------
// Go literal expression -> JSON
// ---------------------------------------------------------------------------

type unresolvable struct {
	pos token.Pos
	msg string
}

func (u *unresolvable) Error() string { return u.msg }

type converter struct {
	fset *token.FileSet
	src  []byte
}

func (c *converter) fail(n ast.Node, format string, args ...any) error {
	return &unresolvable{pos: n.Pos(), msg: fmt.Sprintf(format, args...)}
}

// exprText returns the source text of an expression (for messages).
func (c *converter) exprText(n ast.Node) string {
	s := c.fset.Position(n.Pos()).Offset
	e := c.fset.Position(n.End()).Offset
	if s < 0 || e > len(c.src) || s > e {
		return "?"
	}
	t := strings.Join(strings.Fields(string(c.src[s:e])), " ")
	if len(t) > 80 {
		t = t[:77] + "..."
	}
	return t
}

type litKind int

const (
	kindUnknown litKind = iota
	kindObject
	kindArray
)

// typeShape tells whether a composite literal type is an object (map /
// promotion.Config) or an array (slice/array), and what the element type is
// (used for elided inner composite literal types).
func (c *converter) typeShape(t ast.Expr) (litKind, ast.Expr, error) {
	switch tt := t.(type) {
	case *ast.ParenExpr:
		return c.typeShape(tt.X)
	case *ast.MapType:
		k, ok := tt.Key.(*ast.Ident)
		if !ok || k.Name != "string" {
			return kindUnknown, nil, c.fail(t, "map type with non-string key %s", c.exprText(t))
		}
		return kindObject, tt.Value, nil
	case *ast.ArrayType:
		return kindArray, tt.Elt, nil
	case *ast.SelectorExpr:
		if x, ok := tt.X.(*ast.Ident); ok && x.Name == "promotion" && tt.Sel.Name == "Config" {
			// promotion.Config is map[string]any
			return kindObject, nil, nil
		}
	}
	return kindUnknown, nil, c.fail(t, "unsupported composite literal type %s", c.exprText(t))
}

// convert converts a Go expression to a JSON value. elided is the element
// type inherited from the enclosing composite literal (nil if unknown), used
// when the expression is a composite literal without a type.
func (c *converter) convert(e ast.Expr, elided ast.Expr) (jsonValue, error) {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return c.convert(x.X, elided)
	case *ast.BasicLit:
		return c.basicLit(x, false)
	case *ast.UnaryExpr:
		if x.Op == token.SUB || x.Op == token.ADD {
			if b, ok := x.X.(*ast.BasicLit); ok && (b.Kind == token.INT || b.Kind == token.FLOAT) {
				return c.basicLit(b, x.Op == token.SUB)
			}
		}
		return nil, c.fail(e, "unsupported unary expression %s", c.exprText(e))
	case *ast.Ident:
		switch x.Name {
		case "true":
			return true, nil
		case "false":
			return false, nil
		case "nil":
			return jsonNull{}, nil
		}
		return nil, c.fail(e, "identifier %s cannot be resolved", x.Name)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if s, ok := c.stringConcat(x); ok {
				return s, nil
			}
		}
		return nil, c.fail(e, "unsupported binary expression %s", c.exprText(e))
	case *ast.CompositeLit:
		return c.compositeLit(x, elided)
	case *ast.CallExpr:
		return nil, c.fail(e, "function call %s cannot be resolved", c.exprText(e))
	}
	return nil, c.fail(e, "unsupported expression %s", c.exprText(e))
}

// stringConcat resolves "a" + "b" + ... where every operand is a string literal.
func (c *converter) stringConcat(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return c.stringConcat(x.X)
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		l, ok := c.stringConcat(x.X)
		if !ok {
			return "", false
		}
		r, ok := c.stringConcat(x.Y)
		if !ok {
			return "", false
		}
		return l + r, true
	}
	return "", false
}

var jsonNumberRE = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

func (c *converter) basicLit(b *ast.BasicLit, negate bool) (jsonValue, error) {
	switch b.Kind {
	case token.STRING:
		s, err := strconv.Unquote(b.Value)
		if err != nil {
			return nil, c.fail(b, "bad string literal %s: %v", b.Value, err)
		}
		return s, nil
	case token.INT:
		n, ok := new(big.Int).SetString(b.Value, 0) // handles 0x, 0o, 0b, _ separators
		if !ok {
			return nil, c.fail(b, "bad int literal %s", b.Value)
		}
		if negate {
			n.Neg(n)
		}
		return jsonNumber(n.String()), nil
	case token.FLOAT:
		text := strings.ReplaceAll(b.Value, "_", "")
		if !jsonNumberRE.MatchString(text) {
			f, err := strconv.ParseFloat(text, 64)
			if err != nil {
				return nil, c.fail(b, "bad float literal %s: %v", b.Value, err)
			}
			text = strconv.FormatFloat(f, 'g', -1, 64)
		}
		if negate {
			text = "-" + text
		}
		return jsonNumber(text), nil
	}
	return nil, c.fail(b, "unsupported literal %s", b.Value)
}

func (c *converter) compositeLit(cl *ast.CompositeLit, elided ast.Expr) (jsonValue, error) {
	typ := cl.Type
	if typ == nil {
		typ = elided
	}
	var (
		kind litKind
		elem ast.Expr
	)
	if typ != nil {
		var err error
		if kind, elem, err = c.typeShape(typ); err != nil {
			return nil, err
		}
	} else {
		// No type known: decide by shape.
		kind = kindArray
		for _, el := range cl.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				kind = kindObject
				break
			}
		}
		if len(cl.Elts) == 0 {
			kind = kindObject
			fmt.Fprintf(os.Stderr, "warning: %s: empty literal {} of unknown type treated as object\n",
				c.fset.Position(cl.Pos()))
		}
	}
	switch kind {
	case kindObject:
		obj := jsonObject{}
		for _, el := range cl.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return nil, c.fail(el, "map literal element without key: %s", c.exprText(el))
			}
			kval, err := c.convert(kv.Key, nil)
			if err != nil {
				return nil, err
			}
			key, ok := kval.(string)
			if !ok {
				return nil, c.fail(kv.Key, "non-string map key %s", c.exprText(kv.Key))
			}
			val, err := c.convert(kv.Value, elem)
			if err != nil {
				return nil, err
			}
			obj = append(obj, jsonMember{Key: key, Value: val})
		}
		return obj, nil
	default:
		arr := jsonArray{}
		for _, el := range cl.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return nil, c.fail(el, "indexed slice element not supported: %s", c.exprText(el))
			}
			val, err := c.convert(el, elem)
			if err != nil {
				return nil, err
			}
			arr = append(arr, val)
		}
		return arr, nil
	}
}

// ---------------------------------------------------------------------------
// Test table discovery
// ---------------------------------------------------------------------------

func isValidationTableType(t ast.Expr) bool {
	at, ok := t.(*ast.ArrayType)
	if !ok || at.Len != nil {
		return false
	}
	id, ok := at.Elt.(*ast.Ident)
	return ok && id.Name == "validationTestCase"
}

// funcInfo records, for one function, which variables are passed to
// runValidationTests(t, <runner>.convert, <var>).
type funcInfo struct {
	usedVars map[string]bool            // variables passed as 3rd arg with a .convert 2nd arg
	usedLits map[*ast.CompositeLit]bool // literals passed directly
	badUses  []string
}

func collectUses(fn ast.Node, c *converter) *funcInfo {
	fi := &funcInfo{usedVars: map[string]bool{}, usedLits: map[*ast.CompositeLit]bool{}}
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fun := call.Fun
		if ix, ok := fun.(*ast.IndexExpr); ok { // explicit type argument
			fun = ix.X
		}
		id, ok := fun.(*ast.Ident)
		if !ok || id.Name != "runValidationTests" || len(call.Args) != 3 {
			return true
		}
		sel, ok := call.Args[1].(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "convert" {
			fi.badUses = append(fi.badUses, fmt.Sprintf("%s: runValidationTests with converter %s (not <runner>.convert)",
				c.fset.Position(call.Pos()), c.exprText(call.Args[1])))
			return true
		}
		switch a := call.Args[2].(type) {
		case *ast.Ident:
			fi.usedVars[a.Name] = true
		case *ast.CompositeLit:
			fi.usedLits[a] = true
		}
		return true
	})
	return fi
}

type testCase struct {
	Step             string
	Name             string
	Config           jsonValue
	ExpectedProblems []string
}

type stats struct {
	cases, valid, invalid, skipped int
	perStep                        map[string][3]int // valid, invalid, skipped
	skipReasons                    []string
}

func (c *converter) convertCase(el ast.Expr) (name string, cfg jsonValue, problems []string, err error) {
	cl, ok := el.(*ast.CompositeLit)
	if !ok {
		return "", nil, nil, c.fail(el, "table element is not a composite literal: %s", c.exprText(el))
	}
	cfg = jsonNull{} // a missing config field is a nil promotion.Config
	problems = []string{}
	haveName := false
	for _, f := range cl.Elts {
		kv, ok := f.(*ast.KeyValueExpr)
		if !ok {
			return "", nil, nil, c.fail(f, "positional validationTestCase fields are not supported")
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			return "", nil, nil, c.fail(kv.Key, "unexpected field key %s", c.exprText(kv.Key))
		}
		switch key.Name {
		case "name":
			v, err := c.convert(kv.Value, nil)
			if err != nil {
				return "", nil, nil, err
			}
			s, ok := v.(string)
			if !ok {
				return "", nil, nil, c.fail(kv.Value, "case name is not a string")
			}
			name, haveName = s, true
		case "config":
			v, err := c.convert(kv.Value, nil)
			if err != nil {
				return name, nil, nil, err
			}
			if _, isObj := v.(jsonObject); !isObj {
				if _, isNull := v.(jsonNull); !isNull {
					return name, nil, nil, c.fail(kv.Value, "config is neither an object nor nil")
				}
			}
			cfg = v
		case "expectedProblems":
			v, err := c.convert(kv.Value, nil)
			if err != nil {
				return name, nil, nil, err
			}
			switch arr := v.(type) {
			case jsonNull:
			case jsonArray:
				for _, p := range arr {
					s, ok := p.(string)
					if !ok {
						return name, nil, nil, c.fail(kv.Value, "expected problem is not a string")
					}
					problems = append(problems, s)
				}
			default:
				return name, nil, nil, c.fail(kv.Value, "expectedProblems is not a list")
			}
		default:
			return name, nil, nil, c.fail(kv.Key, "unknown validationTestCase field %s", key.Name)
		}
	}
	if !haveName {
		return "", nil, nil, c.fail(cl, "case without name")
	}
	return name, cfg, problems, nil
}

// checkStepKinds verifies that <base>.go declares a stepKind* constant whose
// value is the mapped step name.
func checkStepKinds(dir string) {
	for base, step := range stepByFile {
		path := filepath.Join(dir, base+".go")
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			fmt.Fprintf(os.Stderr, "warning: cannot verify step %q: %v\n", step, err)
			continue
		}
		var kinds []string
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !strings.HasPrefix(n.Name, "stepKind") || i >= len(vs.Values) {
						continue
					}
					if b, ok := vs.Values[i].(*ast.BasicLit); ok && b.Kind == token.STRING {
						v, _ := strconv.Unquote(b.Value)
						kinds = append(kinds, v)
					}
				}
			}
		}
		found := false
		for _, k := range kinds {
			if k == step {
				found = true
			}
		}
		if !found {
			fmt.Fprintf(os.Stderr, "warning: %s declares step kinds %q, not %q\n", filepath.Base(path), kinds, step)
		}
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: extract-step-cases <kargo>/pkg/promotion/runner/builtin > cases.json")
		os.Exit(2)
	}
	dir := os.Args[1]
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(os.Stderr, "no *_test.go files in %s\n", dir)
		os.Exit(1)
	}
	sort.Strings(files)
	checkStepKinds(dir)

	st := stats{perStep: map[string][3]int{}}
	var cases []testCase
	for _, path := range files {
		fname := filepath.Base(path)
		base := strings.TrimSuffix(fname, "_test.go")
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		c := &converter{fset: fset, src: src}
		tables := 0
		for _, decl := range f.Decls {
			fi := collectUses(decl, c)
			for _, m := range fi.badUses {
				fmt.Fprintln(os.Stderr, "note:", m)
			}
			// Find every []validationTestCase literal with the variable it
			// is bound to (if any).
			type table struct {
				lit *ast.CompositeLit
				v   string
			}
			var found []table
			bound := map[*ast.CompositeLit]string{}
			ast.Inspect(decl, func(n ast.Node) bool {
				switch s := n.(type) {
				case *ast.AssignStmt:
					for i, r := range s.Rhs {
						if cl, ok := r.(*ast.CompositeLit); ok && i < len(s.Lhs) {
							if id, ok := s.Lhs[i].(*ast.Ident); ok {
								bound[cl] = id.Name
							}
						}
					}
				case *ast.ValueSpec:
					for i, r := range s.Values {
						if cl, ok := r.(*ast.CompositeLit); ok && i < len(s.Names) {
							bound[cl] = s.Names[i].Name
						}
					}
				case *ast.CompositeLit:
					if s.Type != nil && isValidationTableType(s.Type) {
						found = append(found, table{lit: s})
					}
				}
				return true
			})
			for _, t := range found {
				tables++
				pos := fset.Position(t.lit.Pos())
				loc := fmt.Sprintf("%s:%d", fname, pos.Line)
				v := bound[t.lit]
				step, mapped := stepByFile[base]
				reason := ""
				switch {
				case !fi.usedLits[t.lit] && (v == "" || !fi.usedVars[v]):
					reason = "table not passed to runValidationTests(t, <runner>.convert, ...)"
				case !mapped:
					reason = "no step mapped for file " + fname
				}
				if reason != "" {
					fmt.Fprintf(os.Stderr, "skipping table at %s (%d cases): %s\n", loc, len(t.lit.Elts), reason)
					st.skipped += len(t.lit.Elts)
					st.skipReasons = append(st.skipReasons, fmt.Sprintf("%s: %d cases: %s", loc, len(t.lit.Elts), reason))
					continue
				}
				for _, el := range t.lit.Elts {
					name, cfg, problems, err := c.convertCase(el)
					if err != nil {
						p := fset.Position(el.Pos())
						if u, ok := err.(*unresolvable); ok {
							p = fset.Position(u.pos)
						}
						label := strconv.Quote(name)
						if name == "" {
							label = "<name not a literal> at " + fmt.Sprintf("%s:%d", fname, fset.Position(el.Pos()).Line)
						}
						msg := fmt.Sprintf("%s:%d: case %s of step %s skipped: %v", fname, p.Line, label, step, err)
						fmt.Fprintln(os.Stderr, "warning:", msg)
						st.skipped++
						st.skipReasons = append(st.skipReasons, msg)
						ps := st.perStep[step]
						ps[2]++
						st.perStep[step] = ps
						continue
					}
					cases = append(cases, testCase{Step: step, Name: name, Config: cfg, ExpectedProblems: problems})
					st.cases++
					ps := st.perStep[step]
					if len(problems) == 0 {
						st.valid++
						ps[0]++
					} else {
						st.invalid++
						ps[1]++
					}
					st.perStep[step] = ps
				}
			}
		}
		if tables == 0 {
			fmt.Fprintf(os.Stderr, "no validation tables in %s\n", fname)
		}
	}

	// Emit JSON.
	arr := jsonArray{}
	for _, tc := range cases {
		probs := jsonArray{}
		for _, p := range tc.ExpectedProblems {
			probs = append(probs, p)
		}
		arr = append(arr, jsonObject{
			{"step", tc.Step},
			{"name", tc.Name},
			{"config", tc.Config},
			{"expectedProblems", probs},
		})
	}
	doc := jsonObject{
		{"origin", origin},
		{"generatedBy", generatedBy},
		{"cases", arr},
	}
	var buf bytes.Buffer
	writeJSON(&buf, doc, 0)
	buf.WriteString("\n")
	if !json.Valid(buf.Bytes()) {
		fmt.Fprintln(os.Stderr, "internal error: produced invalid JSON")
		os.Exit(1)
	}
	if _, err := os.Stdout.Write(buf.Bytes()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	// Totals.
	fmt.Fprintf(os.Stderr, "\ncases: %d (valid %d, invalid %d), skipped: %d\n", st.cases, st.valid, st.invalid, st.skipped)
	for _, r := range st.skipReasons {
		fmt.Fprintln(os.Stderr, "  skipped:", r)
	}
	steps := make([]string, 0, len(stepByFile))
	for _, s := range stepByFile {
		steps = append(steps, s)
	}
	sort.Strings(steps)
	fmt.Fprintf(os.Stderr, "%-22s %6s %6s %8s %8s\n", "step", "cases", "valid", "invalid", "skipped")
	for _, s := range steps {
		ps := st.perStep[s]
		fmt.Fprintf(os.Stderr, "%-22s %6d %6d %8d %8d\n", s, ps[0]+ps[1], ps[0], ps[1], ps[2])
	}
}
