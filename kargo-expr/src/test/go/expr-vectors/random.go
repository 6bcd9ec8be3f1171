package main

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

// randomEnv is the environment of the generated cases (numbers are float64).
const randomEnv = `{"a": 7, "b": -3, "c": 2.5, "d": 0, "big": 1e18,
  "s": "kargo", "t": "A,b,C", "u": "", "w": "Grüße",
  "ok": true, "no": false, "n": null,
  "xs": [3, 1, 2], "fs": [0.5, -1.25], "ys": ["x", "yy", "zzz"], "zs": [],
  "o": {"k": "v", "n": 1, "in": {"deep": [1, 2]}},
  "list": [{"id": 1, "name": "a", "tags": ["p"]}, {"id": 2, "name": "b", "tags": []}]}`

// randomSeed and randomCount fix the generated cases: the same on every run.
const (
	randomSeed  = 20260
	randomCount = 4000
)

type kind int

const (
	kInt kind = iota
	kFloat
	kStr
	kBool
	kNums // array of numbers
	kStrs // array of strings
	kMap
	kAny
	kinds
)

var kindNames = [...]string{"int", "float", "string", "bool", "numbers", "strings", "map", "any"}

// gen writes random expressions of a wanted kind. Most are well typed; with
// probability wrongRate a sub-expression of another kind is put in, which
// makes compile and run errors.
type gen struct {
	r         *rand.Rand
	wrongRate float64
	elem      []kind // kinds of # in the enclosing closures, innermost last
	lets      int
}

func randomCases() []exprCase {
	r := rand.New(rand.NewSource(randomSeed))
	var out []exprCase
	seen := map[string]bool{}
	for len(out) < randomCount {
		g := &gen{r: r, wrongRate: 0.04}
		topic := "random/well-typed"
		if r.Intn(4) == 0 {
			g.wrongRate = 0.3
			topic = "random/mixed"
		}
		k := kind(r.Intn(int(kinds)))
		e := g.expr(k, 1+r.Intn(4))
		if len(e) > 300 || seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, exprCase{topic: topic + "/" + kindNames[k], expr: e, env: randomEnv})
	}
	return out
}

func (g *gen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) expr(k kind, depth int) string {
	if g.chance(g.wrongRate) {
		k = kind(g.r.Intn(int(kinds)))
	}
	if depth <= 0 || g.chance(0.25) {
		return g.leaf(k)
	}
	d := depth - 1
	switch k {
	case kInt:
		return g.intExpr(d)
	case kFloat:
		return g.floatExpr(d)
	case kStr:
		return g.strExpr(d)
	case kBool:
		return g.boolExpr(d)
	case kNums:
		return g.numsExpr(d)
	case kStrs:
		return g.strsExpr(d)
	case kMap:
		return g.mapExpr(d)
	default:
		return g.expr(kind(g.r.Intn(int(kAny))), depth)
	}
}

func (g *gen) hashOf(k kind) (string, bool) {
	for i := len(g.elem) - 1; i >= 0; i-- {
		if g.elem[i] == k && i == len(g.elem)-1 {
			return "#", true
		}
	}
	return "", false
}

func (g *gen) leaf(k kind) string {
	if h, ok := g.hashOf(k); ok && g.chance(0.4) {
		return h
	}
	switch k {
	case kInt:
		if len(g.elem) > 0 && g.chance(0.1) {
			return "#index"
		}
		if g.chance(0.1) {
			return g.pick("0x1F", "0o17", "0b101", "1_000", "9223372036854775807", "-9223372036854775807")
		}
		return strconv.Itoa(g.r.Intn(21) - 5)
	case kFloat:
		if g.chance(0.5) {
			return g.pick("a", "b", "c", "d", "big", "o.n", "xs[0]", "xs[-1]", "fs[1]", "list[1].id")
		}
		return g.pick("0.5", "1.5", "-2.25", "1e3", "1e-3", "0.1", "3.0", ".5", "1e308", "-0.0")
	case kStr:
		if g.chance(0.5) {
			return g.pick("s", "t", "u", "w", "o.k", "ys[1]", "list[0].name", "ys[-1]")
		}
		return strconv.Quote(g.pick("", "a", "kargo", "K", ",", "A,b", "é", "x y", "1", "true", "-", "ar"))
	case kBool:
		return g.pick("true", "false", "ok", "no", "not ok")
	case kNums:
		return g.pick("xs", "fs", "zs", "[1, 2, 3]", "[2.5, -1]", "[]", "1..4", "[0]", "map(list, .id)")
	case kStrs:
		return g.pick("ys", `["b", "a"]`, `[""]`, `split(t, ",")`, "map(list, .name)", `["é", "e"]`)
	case kMap:
		return g.pick("o", "o.in", "{}", `{"a": 1}`, "{x: s, y: a}", "list[0]", `{"k": [1, {"z": nil}]}`)
	default:
		return g.pick("nil", "n", "missing", "o.none", "o?.in?.deep", "list", "o?.x?.y", "n?.q")
	}
}

func (g *gen) num(d int) string {
	if g.chance(0.5) {
		return g.expr(kInt, d)
	}
	return g.expr(kFloat, d)
}

func (g *gen) paren(s string) string { return "(" + s + ")" }

func (g *gen) closure(arr kind, body func() string) string {
	el := kFloat
	if arr == kStrs {
		el = kStr
	}
	g.elem = append(g.elem, el)
	b := body()
	g.elem = g.elem[:len(g.elem)-1]
	if g.chance(0.2) {
		return "{" + b + "}"
	}
	return b
}

func (g *gen) intExpr(d int) string {
	switch g.r.Intn(16) {
	case 0, 1:
		return g.paren(g.expr(kInt, d) + " " + g.pick("+", "-", "*", "%") + " " + g.expr(kInt, d))
	case 2:
		return "len(" + g.expr(g.pickKind(kStr, kNums, kStrs, kMap), d) + ")"
	case 3:
		return "int(" + g.pick(g.num(d), g.expr(kStr, d)) + ")"
	case 4:
		return "-" + g.paren(g.expr(kInt, d))
	case 5:
		return "abs(" + g.expr(kInt, d) + ")"
	case 6:
		arr := g.pickKind(kNums, kStrs)
		return "count(" + g.expr(arr, d) + ", " + g.closure(arr, func() string { return g.expr(kBool, d) }) + ")"
	case 7:
		return g.pick("indexOf", "lastIndexOf") + "(" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + ")"
	case 8:
		return g.pick("bitand", "bitor", "bitxor", "bitnand", "bitshl", "bitshr", "bitushr") +
			"(" + g.expr(kInt, d) + ", " + g.expr(kInt, d) + ")"
	case 9:
		return g.pick("max", "min") + "(" + g.expr(kInt, d) + ", " + g.expr(kInt, d) + ")"
	case 10:
		return g.expr(kBool, d) + " ? " + g.expr(kInt, d) + " : " + g.expr(kInt, d)
	case 11:
		g.lets++
		v := fmt.Sprintf("v%d", g.lets)
		return "let " + v + " = " + g.expr(kInt, d) + "; " + v + " " + g.pick("+", "*", "-") + " " + g.expr(kInt, d)
	case 12:
		arr := g.pickKind(kNums, kStrs)
		return g.pick("findIndex", "findLastIndex") + "(" + g.expr(arr, d) + ", " +
			g.closure(arr, func() string { return g.expr(kBool, d) }) + ")"
	case 13:
		return "sum(" + g.pick("[1, 2, 3]", "1..5", "[]", "[-4, 4]") + ")"
	case 14:
		return "bitnot(" + g.expr(kInt, d) + ")"
	default:
		return "(" + g.expr(kInt, d) + " ?? " + g.expr(kInt, d) + ")"
	}
}

func (g *gen) pickKind(ks ...kind) kind { return ks[g.r.Intn(len(ks))] }

func (g *gen) floatExpr(d int) string {
	switch g.r.Intn(14) {
	case 0, 1:
		return g.paren(g.num(d) + " " + g.pick("+", "-", "*", "/", "**", "^", "%") + " " + g.num(d))
	case 2:
		return "float(" + g.pick(g.num(d), g.expr(kStr, d)) + ")"
	case 3:
		return g.pick("ceil", "floor", "round", "abs") + "(" + g.num(d) + ")"
	case 4:
		return g.pick("mean", "median", "sum", "max", "min") + "(" + g.expr(kNums, d) + ")"
	case 5:
		return g.expr(kNums, d) + "[" + g.expr(kInt, d) + "]"
	case 6:
		return "-" + g.paren(g.expr(kFloat, d))
	case 7:
		arr := kNums
		return "reduce(" + g.expr(arr, d) + ", #acc " + g.pick("+", "*", "-") + " #, " + g.num(d) + ")"
	case 8:
		return g.pick("first", "last") + "(" + g.expr(kNums, d) + ")"
	case 9:
		arr := kNums
		return g.pick("find", "findLast") + "(" + g.expr(arr, d) + ", " +
			g.closure(arr, func() string { return g.expr(kBool, d) }) + ")"
	case 10:
		return "sum(" + g.expr(kNums, d) + ", " + g.closure(kNums, func() string { return g.num(d) }) + ")"
	case 11:
		return g.pick("max", "min") + "(" + g.num(d) + ", " + g.num(d) + ", " + g.num(d) + ")"
	case 12:
		return "fromJSON(" + strconv.Quote(g.pick("1", "-0", "2.5e3", "[1]", "x", "1e400", "null")) + ")"
	default:
		return "get(" + g.expr(kNums, d) + ", " + g.expr(kInt, d) + ")"
	}
}

func (g *gen) strExpr(d int) string {
	switch g.r.Intn(18) {
	case 0, 1:
		return g.paren(g.expr(kStr, d) + " + " + g.expr(kStr, d))
	case 2:
		return g.pick("upper", "lower", "trim", "toBase64") + "(" + g.expr(kStr, d) + ")"
	case 3:
		return g.pick("trim", "trimPrefix", "trimSuffix") + "(" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + ")"
	case 4:
		return "replace(" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + ", " + g.expr(kStr, d) + ")"
	case 5:
		return "repeat(" + g.expr(kStr, d) + ", " + strconv.Itoa(g.r.Intn(4)-1) + ")"
	case 6:
		return "string(" + g.expr(kind(g.r.Intn(int(kinds))), d) + ")"
	case 7:
		return "join(" + g.expr(kStrs, d) + g.pick("", ", \",\"", ", \"\"", ", \" - \"") + ")"
	case 8:
		return g.expr(kStr, d) + "[" + g.pick("", g.expr(kInt, d)) + ":" + g.pick("", g.expr(kInt, d)) + "]"
	case 9:
		return "toJSON(" + g.expr(kind(g.r.Intn(int(kinds))), d) + ")"
	case 10:
		return "type(" + g.expr(kind(g.r.Intn(int(kinds))), d) + ")"
	case 11:
		return g.expr(kBool, d) + " ? " + g.expr(kStr, d) + " : " + g.expr(kStr, d)
	case 12:
		return g.expr(kStrs, d) + "[" + g.expr(kInt, d) + "]"
	case 13:
		return g.expr(kStr, d) + " | " + g.pick("upper()", "lower()", "trim()", "repeat(2)", "trimPrefix(\"k\")")
	case 14:
		return "fromBase64(" + g.pick(`"a2FyZ28="`, `"!"`, "toBase64("+g.expr(kStr, d)+")") + ")"
	case 15:
		g.lets++
		v := fmt.Sprintf("v%d", g.lets)
		return "let " + v + " = " + g.expr(kStr, d) + "; " + v + " + " + v
	case 16:
		return "(" + g.expr(kStr, d) + " ?? " + g.expr(kStr, d) + ")"
	default:
		return "if " + g.expr(kBool, d) + " { " + g.expr(kStr, d) + " } else { " + g.expr(kStr, d) + " }"
	}
}

func (g *gen) boolExpr(d int) string {
	switch g.r.Intn(16) {
	case 0, 1:
		return g.paren(g.num(d) + " " + g.pick("<", "<=", ">", ">=", "==", "!=") + " " + g.num(d))
	case 2:
		return g.paren(g.expr(kStr, d) + " " + g.pick("<", ">", "==", "!=", "contains", "startsWith", "endsWith",
			"not contains") + " " + g.expr(kStr, d))
	case 3:
		return g.paren(g.expr(kBool, d) + " " + g.pick("&&", "||", "and", "or") + " " + g.expr(kBool, d))
	case 4:
		return g.pick("!", "not ") + g.paren(g.expr(kBool, d))
	case 5:
		if g.chance(0.5) {
			return g.paren(g.num(d) + " " + g.pick("in", "not in") + " " + g.expr(kNums, d))
		}
		return g.paren(g.expr(kStr, d) + " " + g.pick("in", "not in") + " " + g.pick(g.expr(kStrs, d), g.expr(kMap, d)))
	case 6:
		arr := g.pickKind(kNums, kStrs)
		return g.pick("all", "any", "none", "one") + "(" + g.expr(arr, d) + ", " +
			g.closure(arr, func() string { return g.expr(kBool, d) }) + ")"
	case 7:
		if g.chance(0.1) {
			return g.paren(g.expr(kStr, d) + " matches " + g.pick(`"("`, `"[z-a]"`, "s", "t"))
		}
		return g.paren(g.expr(kStr, d) + " matches " + strconv.Quote(g.pick("^k", "a+", "[A-Z]", "^$", "(?i)K", "é", ".", "k$", "(x|r)g")))
	case 8:
		return g.pick("hasPrefix", "hasSuffix") + "(" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + ")"
	case 9:
		a := kind(g.r.Intn(int(kinds)))
		return g.paren(g.expr(a, d) + " " + g.pick("==", "!=") + " " + g.expr(a, d))
	case 10:
		return g.expr(kBool, d) + " ? " + g.expr(kBool, d) + " : " + g.expr(kBool, d)
	case 11:
		return "(" + g.pick("n", "o.none", "missing", g.expr(kBool, d)) + " ?? " + g.expr(kBool, d) + ")"
	case 12:
		return g.paren(g.expr(kInt, d) + " in " + g.pick("1..3", "0..0", "-2..2"))
	case 13:
		return g.paren(g.num(d) + " < " + g.num(d) + " < " + g.num(d))
	case 14:
		return g.paren(g.expr(kind(g.r.Intn(int(kinds))), d) + " == nil")
	default:
		return "len(" + g.expr(g.pickKind(kNums, kStrs), d) + ") > " + g.expr(kInt, d)
	}
}

func (g *gen) numsExpr(d int) string {
	switch g.r.Intn(14) {
	case 0:
		return "[" + g.num(d) + ", " + g.num(d) + "]"
	case 1, 2:
		return "filter(" + g.expr(kNums, d) + ", " + g.closure(kNums, func() string { return g.expr(kBool, d) }) + ")"
	case 3, 4:
		arr := g.pickKind(kNums, kStrs)
		return "map(" + g.expr(arr, d) + ", " + g.closure(arr, func() string { return g.num(d) }) + ")"
	case 5:
		return "sort(" + g.expr(kNums, d) + g.pick("", `, "desc"`, `, "asc"`) + ")"
	case 6:
		return g.pick("reverse", "uniq", "flatten") + "(" + g.expr(kNums, d) + ")"
	case 7:
		return "concat(" + g.expr(kNums, d) + ", " + g.expr(kNums, d) + ")"
	case 8:
		return "take(" + g.expr(kNums, d) + ", " + strconv.Itoa(g.r.Intn(5)) + ")"
	case 9:
		return g.expr(kNums, d) + "[" + g.pick("", strconv.Itoa(g.r.Intn(5)-2)) + ":" + g.pick("", strconv.Itoa(g.r.Intn(5)-2)) + "]"
	case 10:
		return strconv.Itoa(g.r.Intn(5)-2) + ".." + strconv.Itoa(g.r.Intn(6))
	case 11:
		return "sortBy(" + g.expr(kNums, d) + ", " + g.closure(kNums, func() string { return g.num(d) }) +
			g.pick("", `, "desc"`) + ")"
	case 12:
		return g.expr(kNums, d) + " | " + g.pick("sort()", "reverse()", "take(2)", "uniq()", "filter(# > 1)", "map(# * 2)")
	default:
		return g.expr(kBool, d) + " ? " + g.expr(kNums, d) + " : " + g.expr(kNums, d)
	}
}

func (g *gen) strsExpr(d int) string {
	switch g.r.Intn(10) {
	case 0:
		return "[" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + "]"
	case 1, 2:
		return g.pick("split", "splitAfter") + "(" + g.expr(kStr, d) + ", " + g.expr(kStr, d) + g.pick("", ", 2", ", -1", ", 0") + ")"
	case 3:
		arr := g.pickKind(kNums, kStrs)
		return "map(" + g.expr(arr, d) + ", " + g.closure(arr, func() string { return g.expr(kStr, d) }) + ")"
	case 4:
		return "filter(" + g.expr(kStrs, d) + ", " + g.closure(kStrs, func() string { return g.expr(kBool, d) }) + ")"
	case 5:
		return "sort(" + g.expr(kStrs, d) + g.pick("", `, "desc"`) + ")"
	case 6:
		return "keys(" + g.expr(kMap, d) + ") | sort()"
	case 7:
		return g.pick("reverse", "uniq") + "(" + g.expr(kStrs, d) + ")"
	case 8:
		return "sortBy(" + g.expr(kStrs, d) + ", " + g.closure(kStrs, func() string {
			return g.pick("len(#)", "#", "upper(#)", "-len(#)")
		}) + ")"
	default:
		return "concat(" + g.expr(kStrs, d) + ", " + g.expr(kStrs, d) + ")"
	}
}

func (g *gen) mapExpr(d int) string {
	switch g.r.Intn(7) {
	case 0, 1:
		var parts []string
		for i := g.r.Intn(3); i >= 0; i-- {
			key := g.pick("a", "b", `"c d"`, "k", "(s)", "1")
			parts = append(parts, key+": "+g.expr(kind(g.r.Intn(int(kinds))), d))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case 2:
		return "fromJSON(toJSON(" + g.expr(kMap, d) + "))"
	case 3:
		return "fromPairs(" + g.pick(`[["a", 1]]`, `[["k", s], ["j", a]]`, "[]", `[[1, 2]]`, "[[s]]") + ")"
	case 4:
		return "list[" + g.expr(kInt, d) + "]"
	case 5:
		return g.expr(kMap, d) + "?." + g.pick("in", "k", "none", "n")
	default:
		return "groupBy(" + g.expr(kStrs, d) + ", " + g.closure(kStrs, func() string { return g.pick("len(#)", "#", "# > \"m\"") }) + ")"
	}
}
