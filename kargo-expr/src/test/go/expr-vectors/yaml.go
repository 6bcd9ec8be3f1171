package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

// yamlEnv is the small environment of the asYAML cases.
const yamlEnv = `{"s": "hello", "i": 3, "f": 2.5, "big": 12345678901234567890, "tiny": 5e-324,
  "m": {"b": 1, "a": ["x"], "c": {"d": null}}, "multi": "line1\nline2\n"}`

// exprString writes s as an expr-lang string literal (Go's double-quoted form, which expr-lang reads alike).
func exprString(s string) string {
	return strconv.Quote(s)
}

// asYAML makes the template {"v": "${{ asYAML(x) }}"}; "}}" inside x is spread to "} }" so that the template's
// first "}}" is the one that ends the expression.
func asYAML(x string) string {
	for strings.Contains(x, "}}") {
		x = strings.ReplaceAll(x, "}}", "} }")
	}
	return value("${{ asYAML(" + x + ") }}")
}

// yamlStrings are strings whose YAML form depends on their text: plain or quoted (would they read back as
// another type in YAML 1.1 or 1.2?), single or double quotes, literal blocks and their chomping, escapes.
var yamlStrings = []string{
	// indicators at the start, inside and at the end
	"a: b", "a:b", "a :b", "a:", ":a", ": a", "a #b", "a#b", "#a", "a #", "?a", "? a", "a?", "-a", "- a", "-", "--",
	"---", "---a", "--- a", "...", "....", "... a", "a ...", "[a]", "a[b]", "a]", "a,b", "a, b", ",a", "{a}", "a{b}",
	"a}", "&a", "a&b", "*a", "a*", "!a", "a!", "|a", "a|", ">a", "a>", "'a", "a'b", "a'", "\"a", "a\"b", "%a", "a%",
	"@a", "a@b", "`a", "a`", "=", "==", "<", "<<", "<<a", "$1", "a b c", "http://example.com/a#b?c=d&e",
	"key: value", "foo # bar", "ghcr.io/example/app:v1.2.3", "sha256:0123abcd", "C:\\path", "a\\b",
	// spaces and tabs
	" a", "a ", " ", "   ", "a  b", "a\tb", "\ta", "a\t", "\t", " a ",
	// line breaks
	"\n", "\n\n", "a\n", "a\n\n", "a\n\n\n", "\na", "\n\na", " a\nb", "a \nb", "a\n b", "a\n\nb", "a\nb ", "a\n\tb",
	"\ta\nb", "a\r", "\r", "\r\n", "a\r\nb\n", "a\u2028b", "a\u2029", "\u2028", "a\u0085b", "a\nb\u2028c",
	"a\n#b", "a\n- b", "a\n---\nb", "'\n'", "\"\n\"", "x: |\n  y\n", "a\n ", "  a\nb", "a\n\n ",
	// Unicode and control characters
	"é", "日本語", "\u00a0", "a\u00a0b", "\u00a0a", "\ufeffabc", "\ufeff a\"b", "a\ufeff", "\ufffe", "\uffff",
	"\U0001F600 smile", "a\U0001F600", "\x00", "a\x00b", "\x1b[0m", "\a", "\b", "\f", "\v", "\x7f", "\u0080", "\u009f",
	"\ud7ff", "\ue000x", "\ufffd", "\u00ad", "\u200b", "Ω≈ç√", "\u0301a",
	// words YAML reads as booleans or null
	"true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "null", "Null", "NULL", "nULL", "~", "~a", "a~", "y",
	"Y", "n", "N", "yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "on", "On", "ON", "oN", "off", "Off", "OFF",
	"Off ", "o", "t", "f", "nil", "none", "None",
	// numbers in every form resolve.go knows, and near misses
	"0", "-0", "+0", "00", "007", "08", "09", "0.", "0x1F", "0X1F", "0x", "0xG", "0x1g", "0o17", "0O17", "0o8", "0o",
	"0b101", "0B101", "0b2", "0b", "0b-101", "0b+1", "-0b101", "-0b-1", "-0b", "0o-17", "-0o17", "-0o-1", "1_000",
	"_1", "1_", "1__0", "0x_1F", "0_7", "+1", "-1", "+", "+-1", "1.5", "1.", "1.e5", ".5", ".5e3", ".5_5", "._5", ".5e",
	".5e+", ".5e_1", ".5e1_0", ".e5", ".", ".a", "..", "..5", ".5.", "1e3", "1E3", "1e+3", "1e-3", "1e", "e1", "1x",
	"1e400", "-1e400", ".1e400", "1e-400", ".1e-400", "12345678901234567890", "18446744073709551615",
	"18446744073709551616", "-9223372036854775808", "-9223372036854775809", "9223372036854775807",
	"9223372036854775808", "0x8000000000000000", "0xFFFFFFFFFFFFFFFF", "0x10000000000000000", "-0x8000000000000000",
	"0x1p4", "1,000", "1 000", "١٢٣", "1.2.3", "a.b", "v1", "1v", "+.5", "-.5", "+.inf", "-.inf", "-.Inf", "+.INF",
	".inf", ".Inf", ".INF", ".iNf", ".nan", ".NaN", ".NAN", ".nAn", "nan", "NaN", "inf", "Inf", "-inf", "infinity",
	"+Infinity",
	// base 60 (YAML 1.1)
	"1:20", "190:20:30", "-1:20", "+1:2.5", "1:60", "1:2:3", "1:2.", "1_0:20", "a:1", "1:a", "12:30:45.5", "1::2",
	// timestamps
	"2023-08-14", "2023-8-1", "2023-02-29", "2024-02-29", "2023-02-30", "2023-13-01", "2023-00-10", "2023-08-14T10:20:30Z",
	"2023-08-14t10:20:30Z", "2023-08-14T10:20:30z", "2023-08-14 10:20:30", "2023-08-14T10:20:30.123+02:00",
	"2023-08-14T10:20:30,5Z", "2023-08-14T25:00:00Z", "2023-08-14 10:20", "2023-08-14T10:20:30",
	"2023-08-14 10:20:30Z", "2023-08-14 10:20:30.5", "2023-1-2T3:4:5Z", "2023-01-02T03:04:05+0200", "20230-08-14",
	"023-08-14", "2023-08-14x", "2023-08-14 ", "2023-08", "2023-", "2023", "1h0m0s", "1h", "10:20:30",
}

func yamlCases() []templateCase {
	var out []templateCase
	add := func(topic string, xs ...string) {
		for _, x := range xs {
			out = append(out, templateCase{topic: topic, template: asYAML(x), env: yamlEnv})
		}
	}
	for _, s := range yamlStrings {
		add("asYAML/string", exprString(s))
	}
	for _, s := range yamlStrings {
		add("asYAML/key", "{"+exprString(s)+": 1}")
	}
	for _, s := range yamlStrings {
		if strings.ContainsAny(s, "\n\r\u2028\u0085 \t'\"") || strings.HasPrefix(s, "-") {
			add("asYAML/nested-string", fmt.Sprintf("{'a': [%s, {'b': %s}]}", exprString(s), exprString(s)))
		}
	}
	for _, s := range yamlStrings {
		if strings.ContainsAny(s, "\n\u2028") {
			add("asYAML/nested-sequence", fmt.Sprintf("[[%s], [[%s]], [{'k': [%s]}]]", exprString(s), exprString(s),
				exprString(s)))
		}
	}
	add("asYAML/long",
		"repeat('word ', 30)", "repeat('x', 200)", "repeat('ab ', 50) + 'end'", "repeat('a: b ', 40)",
		"repeat('word ', 30) + '\\n' + repeat('more ', 30)", "{'k': repeat('long value ', 20)}",
		"[repeat('item ', 25), repeat('y', 90)]", "{'a': {'b': {'c': repeat('deep ', 30)} } }",
		"fromPairs([[repeat('k', 128), 1]])", "fromPairs([[repeat('k', 129), 1]])",
		"fromPairs([[repeat('k', 129), [1, 2]]])", "fromPairs([[repeat('k', 129), {'a': 1}]])",
		"fromPairs([[repeat('k', 129), {}]])", "[fromPairs([[repeat('k', 129), 1]])]", "fromPairs([[repeat('é', 64), 1]])",
		"fromPairs([[repeat('é', 65), 1]])", "fromPairs([[repeat('k', 129) + '\\n', 1]])",
		"fromPairs([[repeat('k ', 70), 'v']])", "fromPairs([[repeat('k', 129), 1], ['a', 2]])", "repeat('\"', 100)", "repeat('\\t', 3) + repeat('z', 90)",
	)
	add("asYAML/multiline-key",
		"{'a\\nb': 1}", "{'a\\nb': {'c': 1} }", "{'a\\nb': [1, 2]}", "{'a\\nb': []}", "[{'a\\nb': 1}]",
		"{'a\\nb\\n': 'c\\nd'}", "{'a\\u2028b': 1}", "{'a\\rb': 1}", "{'x': {'a\\nb': 'c'} }", "{'\\n': 1}",
		"{' a\\nb': 1}", "{'a\\n': 1, 'b': 2}",
	)
	add("asYAML/number",
		"0", "-5", "42", "9223372036854775807", "-9223372036854775807 - 1", "int('42')", "i", "f", "big", "tiny",
		"1.0", "1.5", "-1.5", "0.1 + 0.2", "1 / 3", "2 / 3", "100.0", "1e6", "1e15", "1e20", "1e21", "1e22", "123456.7",
		"1234567.0", "0.0001", "0.00001", "1e-7", "1.7976931348623157e308", "2.2250738585072014e-308", "-0.0", "0.0",
		"2 ** 53", "2 ** 53 + 1", "2 ** 64", "float(2 ** 63)", "1e300 * 1e10", "-1.0 / 0", "0.0 / 0", "[1.0 / 0, -1.0 / 0, 0.0 / 0]",
		"{'inf': 1.0 / 0}", "-2 ** 2", "7 % 3", "abs(-3)", "abs(-3.5)", "len('abc')", "s[0]", "[s[0], s[1]]", "ceil(1.5)",
		"round(2.5)", "floor(-0.5)", "mean([1, 2])", "median([1, 2, 3, 4])",
	)
	add("asYAML/time",
		"duration('1h')", "duration('1h30m')", "duration('1.5s')", "duration('-1m')", "duration('0s')", "duration('1ns')",
		"duration('1us')", "duration('1ms')", "duration('2562047h')", "duration('100h1m1.000000001s')",
		"[duration('1s'), duration('-1s')]", "{'timeout': duration('5m')}", "date('2023-08-14')",
		"date('2023-08-14T10:20:30.123456789Z')", "date('2023-08-14T10:20:30+02:00')", "date('2023-08-14 10:20:30')",
		"date('2023-08-14T10:20:30.5Z')", "date('2023-08-14T10:20:30.100Z')", "date('2023-08-14T10:20:30-07:30')",
		"date('0001-01-01')", "date('9999-12-31T23:59:59.999999999Z')", "{'at': date('2023-08-14')}",
		"[date('2023-08-14'), date('2024-02-29T12:00:00Z')]", "date('2023-08-14').Month()", "date('2023-08-14').Weekday()",
		"date('2023-08-14').Year()", "date('2023-08-14').Day()", "date('2023-08-14').Unix()",
		"date('2023-08-14') - date('2023-08-13')", "date('2023-08-14').Add(duration('1h'))", "timezone('UTC')",
		"timezone('Europe/Berlin')", "{'tz': timezone('UTC')}", "[timezone('UTC')]",
		"date('2023-08-14T10:20:30', '2006-01-02T15:04:05', 'Europe/Berlin')", "date('2023-08-14').Year",
		"{'f': date('2023-08-14').Year}", "[1, date('2023-08-14').Unix]",
	)
	add("asYAML/collection",
		"[]", "{}", "[[]]", "[{}]", "[[], {}]", "{'a': []}", "{'a': {}}", "{'a': [], 'b': {}}", "[[1, 2], [3]]",
		"[[[1]]]", "[[[]]]", "[[{}]]", "{'a': {'b': {'c': 1}}}", "[{'a': 1, 'b': 2}, {'c': [1, 2]}]", "{'a': [{'b': 1}]}",
		"{'list': [[1, 2], {'k': 'v'}]}", "[nil, true, false]", "{'a': nil}", "[{'a': [{'b': [{'c': nil}]}]}]",
		"[[1, [2, [3, [4, [5]]]]]]", "{'a': [[{'b': [[]]}]]}", "[{'x': 1}, [{'y': 2}], [[{'z': 3}]]]",
		"{'a': {'b': [1, {'c': [2, {'d': 'e'}]}]}}", "[{}, {'a': {}}, [[], [{}]]]", "m", "[m, m]", "{'m': m}",
		"fromJSON('{\"b\": [1, 2.5, null, \"x\", {\"c\": true}]}')", "toPairs({'a': [1, {'b': 2}]})", "split('a,b,,c', ',')",
		"split('', ',')", "split('a', ',', 0)", "1..3", "0..-1", "map([1, 2], # * 2)", "filter([1, 2, 3], # > 5)",
		"keys({})", "[multi]", "{'script': 'echo a\\necho b\\n'}", "{'a': 'x\\n', 'b': [' y\\nz']}", "b'ab'", "b''",
		"{'bytes': b'\\x00\\xff'}", "toJSON({'a': [1, {'b': 2}]})", "[toJSON([1])]",
	)
	// nesting 25 deep
	deepList := strings.Repeat("[", 25) + "1" + strings.Repeat("]", 25)
	deepMap := strings.Repeat("{'k': ", 25) + "'v'" + strings.Repeat("}", 25)
	deepMixed := strings.Repeat("{'a': [", 12) + "'x\\ny'" + strings.Repeat("]}", 12)
	add("asYAML/deep", deepList, deepMap, deepMixed, strings.Repeat("[", 30)+strings.Repeat("]", 30),
		strings.Repeat("{'k': ", 20)+"{}"+strings.Repeat("}", 20))
	add("asYAML/key-order",
		"{'b': 1, 'a': 2, 'c': 3}", "{'a10': 1, 'a2': 2, 'a1': 3}", "{'10': 1, '9': 2, '1': 3, 'a': 4, 'A': 5, '_': 6}",
		"{'x1y': 1, 'x01y': 2, 'x001y': 3, 'x1': 4}", "{'b': 1, 'B': 2, 'é': 3, 'e': 4, 'z': 5}",
		"{'a-b': 1, 'a_b': 2, 'a.b': 3, 'ab': 4, 'a b': 5}", "{'1a': 1, 'a1': 2, '11': 3, '1': 4}",
		"{'': 1, ' ': 2, 'a': 3}", "{'v1.10': 1, 'v1.9': 2, 'v1.9.1': 3, 'v1': 4}", "{'2023-01-02': 1, '2023-1-2': 2}",
		"{'日本': 1, '日': 2, 'a': 3, 'Ω': 4}", "{'a0': 1, 'a00': 2, 'a000': 3, 'a01': 4, 'a001': 5}",
		"{'item10': 1, 'item9': 2, 'item09': 3, 'item009': 4}", "{'x10y2': 1, 'x10y10': 2, 'x9y99': 3}",
		"{'a1b': 1, 'a1-': 2, 'a1.': 3, 'a1': 4}", "{'0': 1, '00': 2, '000': 3, '01': 4}",
		"{'-1': 1, '-2': 2, '+1': 3, '1': 4}", "{'1.5': 1, '1.10': 2, '1.05': 3}",
		"{'a١': 1, 'a2': 2, 'a3': 3}", "{'z': {'b': 1, 'a': 2}, 'y': [{'d': 1, 'c': 2}]}",
		"{'image': {'tag': 'v1', 'repository': 'x'}, 'replicas': 2, 'env': [{'name': 'A', 'value': '1'}]}",
		"{'99999999999999999999a': 1, '99999999999999999998a': 2}",
		"groupBy([3, 1, 2], #)", "groupBy([1, 1.0, '1', true, false, nil, 0, 2.5, -1], #)",
		"groupBy(['b', 'a', '10', '9', 'A'], #)", "groupBy([1.5, 1, 2, 0.5], #)", "groupBy([true, false, 1, 0], #)",
		"groupBy([duration('1s'), 1000000000, 5], #)", "fromPairs([[1, 'a'], ['b', 2], [nil, 3]])",
		"fromPairs([[true, 1], [false, 2], [0, 3], [0.5, 4]])", "fromPairs([['b', 1], ['a', 2]])",
		"groupBy(['x', 'y'], # == 'x')", "groupBy([1, 2, 3], # % 2 == 0 ? 'even' : 'odd')",
		"groupBy([9223372036854775807, 9223372036854775806], #)",
		// keys of other Go types: a *time.Location (an empty mapping as a simple key), a time.Time, a duration
		"groupBy([1], timezone('UTC'))", "groupBy([1], date('2023-08-14'))", "groupBy([1, 2], duration('1s') * #)",
		"groupBy([1], 'a\\nb')", "fromPairs([[1.5, 'a'], [1e21, 'b'], [-0.5, 'c'], [2, 'd']])", "groupBy([0.0 / 0], #)",
		"groupBy([1.0 / 0, -1.0 / 0, 0], #)", "groupBy(['a', 'b'], #[0])", "groupBy([97, 'a'], type(#) == 'int' ? # : #[0])",
		"groupBy([1], date('2023-08-14').Month())", "groupBy([1], date('2023-08-14').Weekday())",
		"fromPairs([[date('2023-08-14'), 1], [2, 'b'], ['a', 3]])", "groupBy([1, 2], # == 1 ? nil : 'x')",
	)
	// slicing through a UTF-8 character makes a string that is not valid UTF-8: yaml.v3 writes it as !!binary
	add("asYAML/invalid-utf8", `"héllo"[1:2]`, `"héllo"[2:]`, `{'k': "日本"[0:1]}`, `["é"[0:1] + "x"]`)
	add("asYAML/error",
		"date", "len", "{'f': date('2023-08-14').Add}", "[duration('1h').Hours]", "groupBy([1], #)[1][0] / 0",
	)
	return append(out, yamlRandomCases()...)
}

// yamlRandomCases are seeded random values (maps, lists, strings of characters that matter to YAML, numbers) as
// expr-lang literals.
func yamlRandomCases() []templateCase {
	r := rand.New(rand.NewSource(20261203))
	pieces := []string{"a", "b", "Z", "é", "日", "0", "1", "9", "10", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?",
		".", "_", ",", "[", "{", "'", "\"", "\\", "\n", "\t", "\r", "\u2028", "\u00a0", "\ufeff", "\U0001F600", "\x01",
		"y", "no", "true", "null", "~", "e", "+", "0x", "1e3", "|", ">", "&", "*", "!", "%", "@", "`", "2023-01-02"}
	var str func() string
	str = func() string {
		n := r.Intn(5)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		return b.String()
	}
	var val func(depth int) string
	val = func(depth int) string {
		k := r.Intn(10)
		if depth >= 3 && k >= 7 {
			k = r.Intn(7)
		}
		switch k {
		case 0, 1, 2:
			return exprString(str())
		case 3:
			return strconv.Itoa(r.Intn(2000) - 1000)
		case 4:
			return strconv.FormatFloat((r.Float64()-0.5)*math.Pow(10, float64(r.Intn(30)-10)), 'g', -1, 64)
		case 5:
			return []string{"true", "false", "nil", "[]", "{}", "duration('90s')", "date('2023-08-14')"}[r.Intn(7)]
		case 6:
			return exprString(str() + str())
		case 7, 8:
			n := r.Intn(4)
			parts := make([]string, n)
			for i := range parts {
				parts[i] = exprString(str()) + ": " + val(depth+1)
			}
			return "{" + strings.Join(parts, ", ") + "}"
		default:
			n := r.Intn(4)
			parts := make([]string, n)
			for i := range parts {
				parts[i] = val(depth + 1)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
	}
	var out []templateCase
	for i := 0; i < 200; i++ {
		out = append(out, templateCase{topic: "asYAML/random", template: asYAML(val(0)), env: yamlEnv})
	}
	return out
}
