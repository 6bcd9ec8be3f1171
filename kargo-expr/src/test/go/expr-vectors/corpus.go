package main

import (
	"fmt"
	"strings"
)

// baseEnv is the environment of the hand-written cases unless a group names
// another. Like every env of the vectors it is plain JSON, so every number in
// it reaches expr as a float64.
const baseEnv = `{
  "i": 3, "j": -2, "f": 2.5, "z": 0, "big": 1e300, "neg0": -0.0,
  "s": "hello", "e": "", "u": "Grüße ☃", "csv": "a,b,,c", "ws": "  padded\t\n",
  "arr": [1, 2, 3, 4, 5], "farr": [1.5, -2.25, 3], "sarr": ["b", "a", "c"],
  "mixed": [1, "a", true, null, 2.5, [1], {"k": "v"}], "empty": [],
  "m": {"a": 1, "b": "two", "c": [1, 2], "d": {"e": "deep"}, "n": null}, "em": {},
  "t": true, "fa": false, "n": null, "k-8": "dash",
  "users": [
    {"name": "alice", "age": 30, "tags": ["x", "y"], "admin": true},
    {"name": "bob", "age": 25, "tags": [], "admin": false},
    {"name": "carol", "age": 35, "tags": ["y"]}
  ],
  "nested": {"x": {"y": {"z": [10, 20, {"w": "end"}]}}},
  "dur": "1h30m", "day": "2024-02-29", "pat": "^h.*o$", "badpat": "("
}`

type group struct {
	topic string
	env   string // "" means baseEnv
	exprs []string
}

func corpus() []exprCase {
	var out []exprCase
	for _, g := range groups() {
		env := g.env
		if env == "" {
			env = baseEnv
		}
		for _, e := range g.exprs {
			out = append(out, exprCase{topic: g.topic, expr: e, env: env})
		}
	}
	return out
}

func groups() []group {
	return []group{
		{topic: "literal/int", exprs: []string{
			"0", "7", "42", "-42", "+42", "007", "010", "1_000_000", "1_0", "1__0", "1_", "_1",
			"0x1F", "0X1f", "0xff_ff", "0x", "0xG", "0o17", "0O17", "0o8", "0b101", "0B101", "0b2", "0b",
			"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
			"0x7FFFFFFFFFFFFFFF", "0x8000000000000000", "0xFFFFFFFFFFFFFFFF", "0b" + strings.Repeat("1", 63),
			"0b" + strings.Repeat("1", 64), "18446744073709551616", "99999999999999999999",
		}},
		{topic: "literal/float", exprs: []string{
			"1.5", "0.5", ".5", "1.", "1.0", "-0.0", "0.0", "1e3", "1E3", "1e+3", "1e-3", "1.5e2", "1.5E-2",
			"1_000.5", "1.5_0", "1e1_0", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "2.2250738585072014e-308",
			"0.1 + 0.2", "1e", "1e+", "1.2.3", "01.5", "0x1p4", "1.7976931348623157e308",
			"123456789012345678901234567890.0", "3.14159265358979323846264338327950288",
		}},
		{topic: "literal/string", exprs: []string{
			`"abc"`, `'abc'`, `""`, `''`, `"a\"b"`, `'a\'b'`, `"a'b"`, `'a"b'`, `"\n"`, `"\t\r\\"`, `"\a\b\f\v"`,
			`"\x41\x42"`, `"\101\102"`, `"\u00e9"`, `"\u00E9t\u00e9"`, `"\U0001F600"`, `"\U0001f600" + "!"`, `"\z"`,
			`"\x4"`, `"\xZZ"`, `"\u12"`, `"\uD800"`, `"\U00110000"`, `"\400"`, `"\0"`, `"\000"`, `"\'"`, `'\"'`,
			`"é☃😀"`, `'tab	inside'`, "`raw`", "`raw\\n`", "`a\"b'c`", "`multi\nline`", "``", "`unterminated",
			`"unterminated`, `'unterminated`, `"line\
break"`, "\"real\nnewline\"", `"\\"`, `"\\\\"`, `"$"`, `"${{ x }}"`, `"#"`, `"a" + 'b' + ` + "`c`",
		}},
		{topic: "literal/other", exprs: []string{
			"nil", "true", "false", "True", "NULL", "null", "nil == nil", "!nil", "-nil",
			"[]", "[1, 2, 3]", "[1, 'a', nil, true, 1.5]", "[1, 2,]", "[,]", "[1,,2]", "[[], [[]]]",
			"{}", "{a: 1}", `{"a": 1}`, "{'a': 1, b: 2}", "{a: 1,}", "{a: 1, a: 2}", "{1: 2}", "{1.5: 2}",
			"{true: 1}", "{nil: 1}", "{(1 + 1): 2}", "{a: {b: {c: [1, {d: nil}]}}}", "{a}", "{a: }", "{: 1}",
			"{`raw key`: 1}", `{"a b": 1}["a b"]`, "{a: 1}.a", "{a: 1}?.b",
		}},
		{topic: "arithmetic/int", exprs: []string{
			"1 + 2", "1 - 2", "2 * 3", "7 / 2", "6 / 2", "-7 / 2", "7 % 3", "-7 % 3", "7 % -3", "-7 % -3",
			"2 ** 10", "2 ^ 10", "2 ** 0", "2 ** -1", "0 ** 0", "0 ** -1", "(-2) ** 3", "(-8) ** (1 / 3)",
			"2 ** 3 ** 2", "2 ^ 3 ^ 2", "(2 ** 3) ** 2", "-2 ** 2", "(-2) ** 2", "-2 ^ 2", "2 ** 63", "2 ** 64", "2 ** 1024",
			"10 - 2 - 3", "100 / 10 / 5", "100 % 7 % 3", "2 * 3 + 4", "2 + 3 * 4", "(2 + 3) * 4", "2 * 3 ** 2",
			"-3 * -3", "- -1", "--1", "+-1", "-+1", "+ +1", "- - - 1", "1 - -1", "1--1", "1+-+-1",
			"1 / 0", "-1 / 0", "0 / 0", "1 % 0", "0 % 0", "5 / 2 * 2", "5 % 2 * 2", "7 / 7", "1 / 3",
			"9223372036854775807 + 1", "-9223372036854775807 - 2", "9223372036854775807 * 2",
			"-9223372036854775808 / -1", "-9223372036854775808 % -1", "-(-9223372036854775808)",
			"4611686018427387904 * 2", "3037000500 * 3037000500", "1_000 * 1_000",
			"1 + 2 * 3 - 4 / 2 % 3", "((1))", "(1 + 2", "1 + 2)", "1 +", "* 2", "1 * * 2", "1 ** ** 2",
		}},
		{topic: "arithmetic/float", exprs: []string{
			"1 + 2.0", "1.5 + 1.5", "0.1 + 0.2", "1.0 - 1", "2.5 * 2", "7.0 / 2", "7 / 2.0", "1.0 / 0", "-1.0 / 0",
			"0.0 / 0.0", "0.0 / 0 == 0.0 / 0", "1e308 * 10", "-1e308 * 10", "1e-320 / 1e10", "7.5 % 2", "7 % 2.5",
			"7.5 % 2.5", "2.0 ** 0.5", "2 ** 0.5", "4 ** 0.5", "(-1) ** 0.5", "1.5 ** 2", "10 ** -2", "1e300 * 1e300",
			"-0.0 * 1", "0.0 * -1", "-(0.0)", "1 / -0.0", "1 / (0.0 * -1)", "3 * 1.1", "0.1 * 3", "1 / 3.0",
			"100.0 / 3", "2.5 - 0.5", "1e16 + 1", "9007199254740993.0", "9007199254740992 + 1.0",
			"i + 1", "i - j", "i * f", "i / 2", "i / j", "i % 2", "f % 2", "i % f", "i ** 2", "i ^ j", "i / z",
			"-i", "+f", "-z", "-neg0", "z * -1", "big * 10", "big * big", "-big * big", "i + 0.5", "i == 3", "i == 3.0",
		}},
		{topic: "arithmetic/types", exprs: []string{
			`"a" + "b"`, `"a" + 1`, `1 + "a"`, `"a" * 2`, `"a" - "b"`, `"a" / 1`, `"ab" % 2`, `-"a"`, `+"a"`,
			"[1] + [2]", "[1] + 1", "{a: 1} + {b: 2}", "nil + 1", "1 + nil", "nil + nil", "true + 1", "-true", "!1",
			"!'a'", "1 + true", "s + s", "s + 1", "s + i", "arr + arr", "m + m", "n + 1", "missing + 1", "e + e",
			`"1" + 1`, `int("1") + 1`, "2 * s", "-arr", "-m", "not 1", "not nil", "! nil",
		}},
		{topic: "comparison", exprs: []string{
			"1 < 2", "2 < 1", "1 <= 1", "1 >= 2", "1 > 0", "1 == 1", "1 != 1", "1 < 2.5", "2.5 > 1", "1 == 1.0",
			"1.0 == 1", "1 != 1.0", "0 == -0.0", "0.0 == -0.0", `1 == "1"`, `"1" == 1`, `"a" < "b"`, `"a" < "B"`,
			`"abc" < "abd"`, `"" < "a"`, `"a" <= "a"`, `"b" >= "a"`, `"é" > "z"`, `"Z" < "a"`, "nil == nil",
			"nil == 0", "nil == false", `nil == ""`, "nil != nil", "nil == []", "[1, 2] == [1, 2]", "[1, 2] == [2, 1]",
			"[1] == [1.0]", "[] == []", "{a: 1} == {a: 1}", "{a: 1} == {a: 1.0}", "{} == {}", "{a: 1} == {b: 1}",
			"[[1]] == [[1]]", `1 < "a"`, `"a" < 1`, "nil < 1", "1 < nil", "true < false", "true == true",
			"true == 1", "[1] < [2]", "{} < {}", "i == 3", "i == 3.0", "i < 4", "f > 2", "j < -1", "z == 0",
			"neg0 == 0", "t == true", "n == nil", "missing == nil", "m.n == nil", "m.a == 1", "arr == [1, 2, 3, 4, 5]",
			"farr == [1.5, -2.25, 3]", "m == m", "users[0] == users[0]", "users[0] == users[1]", `s == "hello"`,
			`s != "Hello"`, `"a" == 'a'`, "1 < 2 < 3", "1 < 2 == true", "1 == 1 == true", "(1 < 2) == (2 > 1)",
			"0.1 + 0.2 == 0.3", "0.0 / 0 == 0.0 / 0", "0.0 / 0 != 0.0 / 0", "1.0 / 0 == 1.0 / 0", "1.0 / 0 > 1e308",
			"1 = 1", "1 === 1", "1 <> 2", "1 !== 2", "1 =< 2", `i == "3"`, "s == 1", "n == 0", "m == arr", "t == 1",
			"arr == sarr", "i != s", "i < s", "s < t", "n < 1", "m.a == 1.0", "m.c == [1, 2]", "users[1].tags == []",
		}},
		{topic: "comparison/time", exprs: []string{
			`duration("1h") > duration("1m")`, `duration("1h") == duration("60m")`, `duration("1h") != duration("1h1ns")`,
			`duration("1s") < duration("999ms")`, `duration("1h") > 1`, `duration("1h") == 3600000000000`,
			`date("2023-01-01") < date("2023-06-01")`, `date("2023-01-01") == date("2023-01-01")`,
			`date("2023-01-01") > date("2022-12-31")`, `date("2023-01-01") <= date("2023-01-01")`,
			`date("2023-01-01") >= date("2023-01-02")`, `date("2023-01-01") != date("2023-01-02")`,
			`date("2023-01-01T00:00:00Z") == date("2023-01-01T01:00:00+01:00")`, `date("2023-01-01") < "2023"`,
			`date("2023-01-01") == "2023-01-01"`, `date("2023-01-01") < 1`, `date("2023-01-01") == nil`,
			`duration("1h") < date("2023-01-01")`, `date("2023-01-01") - date("2022-12-31") == duration("24h")`,
			`now() > date("2020-01-01")`, `now() - now() < duration("1h")`, `type(now())`, `now(1)`,
			`now(timezone("UTC")) > date("2020-01-01")`, `now() == nil`,
		}},
		{topic: "logic", exprs: []string{
			"true && false", "true and false", "true || false", "false or true", "false || false", "true && true",
			"not false", "!true", "!!true", "not not true", "! !false", "!t", "not t", "t and !t", "t or fa",
			"true || false && false", "(true || false) && false", "!true || true", "not true or true", "not (true or true)",
			"false and true or true", "true or true and false", "true && 1", "1 && true", "nil && true", "true && nil",
			"false || nil", "nil || true", `"a" || true`, "false && 1", "true || 1", "false && undefinedFn()",
			"true || undefinedFn()", "false and [][1]", "true or [][1]", "fa && 1 / z > 0", "t || m.x.y",
			"false && m.x.y", "true && m.x.y", "t and n", "n and t", "!n", "not missing", "i > 2 && s == \"hello\"",
			"i > 2 and i < 4 or false", "true &&", "&& true", "true & true", "true | false", "true andd false",
			"true and", "1 and 2", "len(arr) > 3 && arr[3] == 4", "len(empty) > 0 && empty[0] == 1",
		}},
		{topic: "nil-coalescing", exprs: []string{
			"nil ?? 1", "1 ?? 2", "missing ?? \"d\"", "m.zz ?? 2", "0 ?? 1", "false ?? true", `"" ?? "x"`,
			"nil ?? nil ?? 3", "nil ?? nil", "n ?? m.a", "m.n ?? m.b", "m?.zz?.y ?? \"deep default\"",
			"missing?.a?.b ?? 0", "[] ?? 1", "m.zz ?? m.yy ?? m.a", "(nil ?? 1) + 1", "nil ?? 1 + 1", "1 + nil ?? 2",
			"2 * (nil ?? 3)", "nil ?? 1 == 1", "nil ?? 1 > 0", "nil ?? true && false", "true && nil ?? false",
			"nil ?? (true && false)", "nil ?? 1 ?? 2", "m.x.y ?? 1", "arr[10] ?? 0", "arr?.[10] ?? 0",
			"missing() ?? 1", "?? 1", "1 ??", "1 ?? ?? 2", "nil ?? 1 || false",
		}},
		{topic: "conditional", exprs: []string{
			"true ? 1 : 2", "false ? 1 : 2", `i > 2 ? "big" : "small"`, `i > 5 ? "big" : "small"`, "1 ? 2 : 3",
			"nil ? 1 : 2", `"a" ? 1 : 2`, "true ? false ? 1 : 2 : 3", "false ? 1 : true ? 2 : 3",
			"false ? 1 : false ? 2 : 3", "true ? 1 : 1 / 0", "false ? [][5] : 0", "(true ? 1 : 2) + 10",
			"true ? 1 : 2 + 10", "false ? 1 : 2 + 10", "t ? m.a : m.b", "n == nil ? \"none\" : n", "true ?: 1",
			"nil ?: 1", "1 ?: 2", "false ?: 2", "true ? 1", "true ? : 2", "? 1 : 2", "true ? 1 : ", "1 > 0 ? 'y' : 'n'",
			"true ? [1] : {a: 1}", "len(arr) > 0 ? arr[0] : nil", "len(empty) > 0 ? empty[0] : nil",
		}},
		{topic: "if", exprs: []string{
			"if true { 1 } else { 2 }", "if false { 1 } else { 2 }", `if i > 5 { "a" } else if i > 2 { "b" } else { "c" }`,
			`if i > 5 { "a" } else if i > 3 { "b" } else { "c" }`, "if 1 { 2 } else { 3 }", "if nil { 2 } else { 3 }",
			"if true { 1 }", "if true 1 else 2", "if true { 1 } else", "if (true) { 1 } else { 2 }",
			"let x = if true { 1 } else { 2 }; x", "if true { let y = 5; y * 2 } else { 0 }",
			"1 + if true { 1 } else { 2 }", "(if true { 1 } else { 2 }) + 1", "if false { 1 / 0 } else { 3 }",
			"if t { m.a } else { m.b }", "if true { } else { 1 }", "if true { 1 } else { if false { 2 } else { 3 } }",
			"map(arr, if # > 2 { 'big' } else { 'small' })", "if true { 1 } elseif { 2 }",
		}},
		{topic: "let", exprs: []string{
			"let x = 1; x + 1", "let x = 1; let y = x * 2; y", "let x = i; x", `let s2 = "a"; s2 + s2`,
			"let x = 1; let x = 2; x", "let f = 1; f()", "let x = 1 x", "let len = 1; len", "let x = [1, 2]; x[0]",
			"let x = 1", "let = 1; 2", "let 1 = 1; 2", "let x = 1;", "let x; x", "let x = {a: {b: 3}}; x.a.b",
			"let x = 1; let y = 2; let z = 3; x + y + z", "let s = 10; s", "let i = 1; i + 1",
			"let x = nil; x ?? 5", "let x = map(arr, # * 2); sum(x)", "(let x = 1; x)", "1 + (let x = 2; x)",
			"let x = 1; map(arr, # + x)", "let a = 1; let b = a + 1; let c = b + 1; [a, b, c]",
			"let $x = 1; $x", "let _x = 2; _x", "let x2 = 3; x2", "let x = y; x", "let x = 1; y",
		}},
		{topic: "string-operators", exprs: []string{
			`"hello" contains "ell"`, `"hello" contains ""`, `"" contains ""`, `"hello" contains "xyz"`,
			`"hello" startsWith "he"`, `"hello" startsWith "lo"`, `"hello" endsWith "lo"`, `"hello" endsWith ""`,
			`"abc" matches "^a.c$"`, `"abc" matches "b"`, `"abc" matches "^b"`, `"abc" matches "["`,
			`s matches "["`, `s matches pat`, `s matches badpat`, `"abc" matches s`, `1 matches "1"`, `"1" matches 1`,
			`"ABC" matches "(?i)abc"`, `"a\nb" matches "^b$"`, `"a\nb" matches "(?m)^b$"`, `"日本" matches "^..$"`,
			`"aaa" matches "a{2}"`, `"x" matches "\\d"`, `"5" matches "\\d"`, `"5" matches "\d"`, `"é" matches "\\w"`,
			`"ell" contains "hello"`, `1 contains 1`, `"a1" contains 1`, `s contains nil`, `n contains "a"`,
			`not ("a" contains "b")`, `"a" not contains "b"`, `s contains "l" and s startsWith "h"`,
			`"a" + "b" contains "ab"`, `"ab" contains "a" == true`, `"hello" startsWith`, `startsWith "a"`,
			`"Hello" startsWith "h"`, `u contains "☃"`, `u startsWith "Grü"`, `e startsWith ""`, `e endsWith "a"`,
			`"abc" not startsWith "a"`, `"abc" not endsWith "x"`, `"abc" not matches "b"`, `not "abc" matches "b"`,
		}},
		{topic: "membership", exprs: []string{
			"1 in [1, 2]", "3 in [1, 2]", "1.0 in [1, 2]", "1 in [1.0, 2.0]", `"a" in {a: 1}`, `"z" not in {a: 1}`,
			`"z" in {a: 1}`, "3 in 1..5", "0 in 1..5", "5 in 1..5", "1.5 in 1..5", `"x" in ["x"]`, "nil in [nil]",
			"nil in [1]", "1 not in [2]", "1 not in [1]", `"b" in m`, `"n" in m`, `"zz" in m`, `"c" in sarr`,
			`"d" in sarr`, `1 in "abc"`, `"a" in "abc"`, "[1] in [[1]]", "{a: 1} in [{a: 1}]", "3 in arr",
			"3.0 in arr", "6 in arr", "true in mixed", "nil in mixed", `"a" in mixed`, "1 in nil", "1 in 1",
			"1 in m", `"a" in n`, "i in arr", "f in farr", `"alice" in map(users, .name)`, "1 in []", `"a" in {}`,
			"not (1 in [1])", "not 1 in [1]", "!(2 in [1])", "1 + 1 in [2]", "1 in [1] == true", "1 in [1] && true",
			`"i" in $env`, `"zz" in $env`, "1 not", "1 not [1]", "1 in", "in [1]",
		}},
		{topic: "range", exprs: []string{
			"1..3", "3..1", "1..1", "-2..2", "0..0", "1.5..3", `"a".."b"`, "len(1..100)", "(1..3)[1]", "(1..5)[-1]",
			"1..3 == [1, 2, 3]", "i..5", "1..i", "1..(2 + 1)", "1 + 1..3", "-3..-1", "sum(1..100)", "1..", "..3",
			"1...3", "(1..4)[1:3]", "map(1..3, # * #)", "filter(1..10, # % 3 == 0)", "nil..3", "1..nil",
			"9223372036854775806..9223372036854775807", "type(1..2)", "reverse(1..4)",
		}},
		{topic: "member-access", exprs: []string{
			"m.a", `m["a"]`, "m.d.e", `m["d"]["e"]`, "m.d?.e", "m?.d?.e", "m.zz", "m.zz.y", "m.zz?.y",
			"m?.zz?.y?.w", "n?.x", "n.x", "missing.x", "missing?.x", "m.c[1]", "m.c[-1]", "m.c.x", "m.a.b", "m.a?.b",
			"m[1]", "m[nil]", "m[true]", "m.n", "m.n.x", "m.n?.x", "em.x", "em?.x", "users[0].name",
			"users[1]?.name", "users[5]?.name", "users[-1].name", "users[0].tags[1]", "users[2].admin",
			"users[2]?.admin", "nested.x.y.z[2].w", "nested.x.y.z[2]?.w?.v", "nested.x?.y?.q?.r", "mixed[6].k",
			"mixed[3]", "mixed[3]?.x", "mixed[3].x", "mixed[0].x", `mixed[1].x`, "{a: 1}.a", "{a: {b: 1}}.a.b",
			"[1, 2, 3][1]", `"abc".x`, "s.len", "arr.length", "arr.x", "arr?.x", "$env.i", `$env["s"]`,
			"$env?.nope", `$env["k-8"]`, "len($env) > 0", "$env.m.a", "$env", "$env.$env", "m.\"a\"", "m.1",
			"m.", ".a", "m..a", "m?.", "m?.[\"a\"]", "arr?.[0]", "n?.[0]", "missing?.[0]", "empty?.[0]", "m?.['d']?.e",
			"users?.[1]?.name", "users[0]?.['name']", "m.d.e.f", "m.d.e?.f", "m[\"zz\"][\"y\"]", "m?.[\"zz\"]?.[\"y\"]",
		}},
		{topic: "index", exprs: []string{
			"arr[0]", "arr[4]", "arr[5]", "arr[-1]", "arr[-5]", "arr[-6]", "arr[1.0]", "arr[1.5]", `arr["a"]`, "arr[nil]",
			"arr[true]", "arr[i]", "arr[j]", "arr[f]", "arr[1 + 1]", "arr[len(arr) - 1]", "arr[9223372036854775807]",
			"arr[-9223372036854775808]", "empty[0]", "empty[-1]", "s[0]", "s[-1]", "s[4]", "s[5]", "s[-6]", "u[2]",
			"u[-1]", "u[3]", `"abc"[1]`, `"é"[0]`, "[1, 2, 3][1]", "[1, 2, 3][-1]", "[[1, 2], [3]][1][0]",
			"[][0]", "n[0]", "missing[0]", "1[0]", "true[0]", "m[0]", "arr[]", "arr[0", "arr[[0]]", "arr[{}]",
		}},
		{topic: "slice", exprs: []string{
			"arr[1:3]", "arr[:2]", "arr[3:]", "arr[:]", "arr[-2:]", "arr[:-2]", "arr[3:1]", "arr[0:10]", "arr[10:]",
			"arr[-10:2]", "arr[2:2]", "arr[1.0:2]", "arr[1.5:2]", `arr["a":]`, "arr[i:]", "arr[nil:2]", "s[1:3]",
			"s[:-1]", "s[-3:]", "s[2:1]", "s[:100]", "u[0:2]", "u[3:5]", "u[-1:]", `"héllo"[1:2]`, "empty[0:0]",
			"empty[1:]", "[1, 2, 3][1:]", "(1..10)[2:5]", "n[1:]", "m[1:]", "1[1:]", "arr[1:3][0]", "arr[1:][1:][1:]",
			"arr[::2]", "arr[1:2:3]", "arr[:2] == [1, 2]", "len(arr[2:])", "sarr[1:]",
		}},
		{topic: "pipe", exprs: []string{
			"arr | filter(# > 2)", "arr | map(# * 2) | sum()", "s | upper()", "s | len()", `"a,b" | split(",")`,
			"arr | first()", "1 | string()", "arr | filter(# > 1) | map(# * 10) | reduce(#acc + #, 0)", "s | nope()",
			"s | 1", "s | upper", "[3, 1, 2] | sort()", `[3, 1, 2] | sort("desc")`, "users | map(.name) | join(\",\")",
			"arr | take(2)", "arr | concat([6])", "sarr | reverse()", "s | hasPrefix(\"he\")", `s | replace("l", "L")`,
			"m | keys() | sort()", "arr | len() | string()", "arr | max()", "arr | mean()", "  arr  |  last ( )  ",
			"arr |", "| arr", "arr || first()", "1 + 2 | string()", "(1 + 2) | string()", "arr | filter(# > 10) | first()",
			"nil | string()", "arr | map(# | string())", "arr | sum(#)", "users | sortBy(.age) | map(.name)",
			"users | groupBy(.age > 28) | len()", "arr | toJSON()", "s | trim(\"ho\")", "s | repeat(2)",
		}},
		{topic: "closure", exprs: []string{
			"filter(arr, # > 2)", "filter(arr, {# > 2})", "filter(arr, true)", "filter(arr, false)", "filter(empty, true)",
			"filter(arr, #)", "filter(arr, nil)", "filter(arr, 1)", "map(arr, #index)", "map(arr, # * #index)",
			"map(users, .name)", "map(users, #.name)", "map(users, #?.name)", "filter(users, .age > 26) | map(.name)",
			"map(arr, {# + 1})", "map(arr, {})", "map(arr)", "map(arr, # * 2, 3)", "map(1..3, {# * 2})",
			"map(arr, {let y = # * 2; y})", "map([[1, 2], [3]], len(#))", "map([[1, 2], [3]], map(#, # * 10))",
			"map([[1, 2], [3]], {map(#, #index)})", "map(users, .tags) | flatten()", "map(users, .missing)",
			"map(users, .name.first)", "# > 1", "#", "#index", "#acc", "map(arr, #acc)", "filter(s, true)",
			"filter(m, true)", "map(m, #)", "map(nil, #)", "map(1, #)", "filter(users, .admin)",
			"filter(users, .admin ?? false) | map(.name)", "filter(users, len(.tags) > 0) | map(.name)",
			"map(arr, # > 2 ? 'x' : 'y')", "map(mixed, type(#))", "map(arr, [#, #index])", "map(arr, {a: #})",
			"map(sarr, # + #)", "all(arr, # > 0)", "all(arr, # > 1)", "all(empty, false)", "any(arr, # > 4)",
			"any(arr, # > 5)", "any(empty, true)", "none(arr, # > 5)", "none(arr, # > 4)", "none(empty, true)",
			"one(arr, # == 3)", "one(arr, # > 3)", "one(empty, true)", "all(arr, 1)", "any(arr, nil)",
			"count(arr, # > 2)", "count([1, 2, 3, 4], # % 2 == 0)", "count(arr, # % 2 == 0)", "count(empty, true)",
			"count(arr)", "count([true, false, true])", "count(arr, 1)", "all(users, .age > 20)",
			"any(users, .name == 'bob')", "one(users, .admin ?? false)", "find(arr, # > 2)", "find(arr, # > 10)",
			"find(empty, true)", "findIndex(arr, # > 2)", "findIndex(arr, # > 10)", "findLast(arr, # < 4)",
			"findLast(arr, # > 10)", "findLastIndex(arr, # < 4)", "findLastIndex(arr, # > 10)",
			"find(users, .age > 26).name", "find(users, .age > 100)?.name", "findIndex(users, .name == 'carol')",
			"findLast(users, .age < 32).name", "findLastIndex(sarr, # < 'c')", "find(arr, 1)", "find(1, true)",
			"filter(arr, # > 1)[0]", "map(filter(arr, # > 3), # * 2)", "filter(map(arr, # * 2), # > 5)",
			"map(arr, map(arr, #))[0]", "map([1, 2], map([10, 20], #))", "map(0..2, #index + #)",
			"all([], # > 0) && none([], # > 0)", "filter(arr, {# > 2 && # < 5})", "map(arr, # ** 2)",
		}},
		{topic: "builtin/sum-reduce", exprs: []string{
			"sum([1, 2, 3])", "sum([1, 2.5])", "sum([])", "sum(arr)", "sum(farr)", "sum(arr, # * 2)", "sum([1, 2], 1)",
			`sum(["a"])`, `sum(["a", "b"], #)`, "sum(1)", "sum(nil)", "sum()", "sum([1], [2])", "sum(1..10)",
			"sum([9223372036854775807, 1])", "sum([0.1, 0.2])", "sum(users, .age)", "sum([nil])", "sum([true])",
			"reduce(arr, #acc + #)", "reduce(arr, #acc + #, 10)", "reduce([], #acc + #)", "reduce([], #acc + #, 0)",
			"reduce(sarr, #acc + #)", "reduce(arr, #acc * #index, 1)", "reduce([1, 2, 3], #acc + #)",
			"reduce([1, 2, 3], #acc + #, 0.5)", "reduce([1, 2, 3], [#acc, #])", "reduce([1, 2, 3], #acc)",
			"reduce([1, 2, 3], #)", "reduce([1, 2, 3], #index)", "reduce(users, #acc + .age, 0)",
			"reduce(users, #acc + #.name, '')", "reduce(arr)", "reduce(1, #acc)", "reduce(arr, #acc + #, 0, 1)",
			"reduce([[1], [2, 3]], concat(#acc, #), [])", "reduce(1..4, #acc * #, 1)", "reduce(sarr, # + #acc)",
		}},
		{topic: "builtin/groupBy-sortBy", exprs: []string{
			"groupBy(users, .age > 28)", "groupBy([1, 2, 3, 4], # % 2)", "groupBy(sarr, #)", "groupBy(users, .name).alice",
			"groupBy(users, .name)['bob'][0].age", "len(groupBy(arr, # > 2))", "groupBy(arr, # > 2)[true]",
			"groupBy(arr, # > 2)[false]", "groupBy([], #)", "groupBy(arr)", "groupBy(1, #)", "groupBy(mixed, type(#))",
			"groupBy(farr, # > 0)", "groupBy([1, 1.0, '1'], #)", "groupBy(users, .admin)", "groupBy(arr, nil)",
			"groupBy(users, len(.tags))", "groupBy(users, len(.tags))[0]", "groupBy(arr, #)[1]", "groupBy([1, 2], #)[1]",
			"sortBy(users, .age)", "sortBy(users, .age, 'desc') | map(.name)", "sortBy(users, .name, 'asc') | map(.age)",
			"sortBy(arr, -#)", "sortBy(sarr, #)", "sortBy(arr, #, 'bad')", "sortBy(arr, #, 1)", "sortBy(arr)",
			"sortBy([], #)", "sortBy(1, #)", "sortBy(mixed, #)", "sortBy(farr, #)", "sortBy(farr, abs(#))",
			"sortBy([3, 1, 2], #)", "sortBy([3, 1, 2], #, 'desc')", "sortBy(['bb', 'a', 'ccc'], len(#))",
			"sortBy([[2], [1]], #[0])", "sortBy([1, 'a'], #)", "sortBy(users, .tags)", "sortBy(arr, #, 'asc', 1)",
		}},
		{topic: "builtin/len-type", exprs: []string{
			`len("héllo")`, `len("")`, "len(u)", "len(arr)", "len(m)", "len(em)", "len(empty)", "len(nil)", "len(1)",
			"len(true)", "len()", "len(arr, 1)", "len({a: 1, b: 2})", "len(1..5)", "len([[1, 2]])", `len("😀")`,
			"len(n)", "len(missing)", "len(users)", "len($env)", "len(m.c)",
			"type(1)", "type(1.5)", `type("")`, "type(nil)", "type(true)", "type([])", "type({})", "type(m)", "type(i)",
			`type(duration("1h"))`, `type(date("2023-01-01"))`, `type(timezone("UTC"))`, "type(len)", "type(1..2)",
			"type(groupBy([1], #))", "type(abs)", "type(arr)", "type(users[0])", "type(n)", "type(missing)",
			"type()", "type(1, 2)", "type(1 / 2)", "type(7 % 2)", "type(2 ** 2)", "type(-0.0)", "type(toPairs(m))",
			"type(fromJSON('1'))", "type(int('1'))", "type(date('2023-01-01').Month())", "type(type)",
			"type(keys(m))", "type(split('a', ','))", "type(fromPairs([['a', 1]]))", "type($env)",
		}},
		{topic: "builtin/math", exprs: []string{
			"abs(-1)", "abs(1)", "abs(1.5)", "abs(-1.5)", "abs(-0.0)", "abs(j)", `abs("a")`, "abs(nil)", "abs()",
			"abs(1, 2)", "abs(-9223372036854775808)", "abs(-9223372036854775807)", "abs(true)", "abs(1.0 / 0)",
			"abs(-1.0 / 0)", "abs(0.0 / 0)", "ceil(1.2)", "ceil(1)", "ceil(-1.5)", "ceil(-0.5)", "ceil(i)", `ceil("a")`,
			"ceil(nil)", "ceil()", "floor(1.8)", "floor(-1.5)", "floor(2)", "floor(-0.5)", "floor(f)", "floor(true)",
			"round(2.5)", "round(-2.5)", "round(0.5)", "round(1.4999)", "round(3.5)", "round(-0.4)", "round(2)",
			"round(i)", "round(f)", `round("a")`, "round(1.0 / 0)", "round(0.0 / 0)", "round()", "round(1, 2)",
			"max(1, 2)", "max(1, 2.5)", "max(2.5, 1)", "max(1)", "max()", "max([1, 5, 3])", "max(arr)", "max(farr)",
			"max([])", `max("a", "b")`, "max([1, [2, 3]])", "max([1, [7, 3]], 4)", "min(3, 1, 2)", "min(-0.0, 0)",
			"min(0, -0.0)", `max(1, "a")`, "min([2.5, 1])", "min(arr, farr)", "min([])", "min(nil)", "max(i, f, j)",
			"min(1.0 / 0, 1)", "max(0.0 / 0, 1)", "max(1, 0.0 / 0)", "min(1, 1.0)", "min(1.0, 1)", "max([[]])",
			"mean([1, 2, 3, 4])", "mean([1, 2])", "mean([])", "mean(arr)", "mean(farr)", "mean(1, 2, 3)", "mean(1)",
			`mean("a")`, "mean([1, [2, 3]])", "mean(1..4)", "mean()", "median([3, 1, 2])", "median([1, 2, 3, 4])",
			"median([])", "median(arr)", "median(farr)", "median(1, 5, 3)", `median("a")`, "median([1, 2.5])",
			"median([[3, 1], 2])", "median(5)", "median()", "mean([9223372036854775807, 9223372036854775807])",
		}},
		{topic: "builtin/conversion", exprs: []string{
			"int(1.9)", "int(-1.9)", `int("42")`, `int("-42")`, `int("+42")`, `int("4.2")`, `int(" 42")`, `int("0x1F")`,
			`int("1_000")`, `int("")`, `int("9223372036854775808")`, "int(true)", "int(nil)", "int(1e20)", "int(-1e20)",
			"int(f)", "int(i)", "int(1.0 / 0)", "int(0.0 / 0)", "int()", "int(1, 2)", "int([1])", `int(duration("1s"))`,
			"int(9223372036854775807)", "int(0.5)", "int(-0.5)", `int("007")`, `int("1e3")`,
			"float(1)", `float("1.5")`, `float("1e3")`, `float("inf")`, `float("-Inf")`, `float("NaN")`, `float("abc")`,
			`float("")`, `float(" 1")`, `float("0x1p-2")`, `float("1_000.5")`, "float(true)", "float(nil)", "float(i)",
			"float(9223372036854775807)", `float("1e400")`, `float("-0")`, "float()", "float([1])", `float(".5")`,
			"string(1)", "string(1.5)", "string(1e21)", "string(1e20)", "string(1e-7)", "string(0.000001)", "string(nil)",
			"string(true)", "string([1, 2])", "string(m)", "string({b: 1, a: [2]})", `string(duration("90m"))`,
			`string(date("2023-08-14"))`, `string(date("2023-08-14T10:00:00+02:00"))`, "string(-0.0)", "string(1.0 / 0)",
			"string(0.0 / 0)", "string(i)", "string(f)", "string(big)", `string("a")`, "string()", "string(1, 2)",
			"string(users[1])", "string(empty)", "string(em)", "string(n)", "string(1 / 3)", "string(100000000.0)",
			"string(123456789.0)", "string(1e6)", "string(2 ** 0.5)",
			"string(groupBy([1, 2], # % 2))", "string(mixed)",
		}},
		{topic: "builtin/strings", exprs: []string{
			`trim("  a  ")`, `trim("xxaxx", "x")`, `trim("\t\n a \r")`, `trim(ws)`, `trim("abcba", "ab")`, `trim("", "x")`,
			`trim(1)`, `trim()`, `trim("a", "b", "c")`, `trim("  a", nil)`, `trim("\u00a0a\u00a0")`, `trim("\u3000a")`,
			`trimPrefix("prefix-a", "prefix-")`, `trimPrefix("a", "b")`, `trimPrefix(" a")`, `trimPrefix("aab", "a")`,
			`trimSuffix("a.txt", ".txt")`, `trimSuffix("a ")`, `trimSuffix("abb", "b")`, `trimPrefix(1, "a")`,
			`trimSuffix("a", 1)`, `upper("héllo")`, `lower("ÀB")`, `upper(1)`, `upper()`, `lower("ΣΑΣ")`, `upper("ß")`,
			`upper(u)`, `lower(s)`, `upper("ǆ")`, `lower("İ")`,
			`split("a,b,c", ",")`, `split("a,b,c", ",", 2)`, `split("", ",")`, `split("abc", "")`, `split("a,b", ",", 0)`,
			`split("a,b", ",", -1)`, `split("a,b,c", ",", 1)`, `split(csv, ",")`, `split("a", "a")`, `split(1, ",")`,
			`split("a,b")`, `split("a,b", 1)`, `split("a,b", ",", 1.5)`, `split("héllo", "")`, `split("a  b", " ")`,
			`splitAfter("a,b,c", ",")`, `splitAfter("a,b,c", ",", 2)`, `splitAfter("", ",")`, `splitAfter("abc", "")`,
			`splitAfter(csv, ",", -1)`, `splitAfter("a")`,
			`replace("aaa", "a", "b")`, `replace("aaa", "a", "b", 2)`, `replace("abc", "", "-")`, `replace("abc", "x", "y")`,
			`replace(s, "l", "")`, `replace("a", "a")`, `replace(1, "a", "b")`, `replace("aXbXc", "X", 1)`,
			`repeat("ab", 3)`, `repeat("ab", 0)`, `repeat("ab", -1)`, `repeat("ab", 1.5)`, `repeat("", 5)`, `repeat(1, 2)`,
			`repeat("ab")`, `repeat("é", 2)`, `repeat("ab", i)`,
			`join(["a", "b"], ",")`, `join(["a", "b"])`, `join([], ",")`, `join([1, 2], ",")`, `join(sarr, "-")`, `join("a", ",")`,
			`join(["a"], ",")`, `join(["a", "b"], "")`, `join(["a", nil], ",")`, `join(map(arr, string(#)), "+")`, `join()`,
			`indexOf("hello", "l")`, `lastIndexOf("hello", "l")`, `indexOf("héllo", "l")`, `indexOf("a", "z")`,
			`indexOf("abc", "")`, `lastIndexOf("abc", "")`, `indexOf(u, "☃")`, `indexOf(1, "1")`, `indexOf("a")`,
			`hasPrefix("abc", "ab")`, `hasPrefix("abc", "bc")`, `hasSuffix("abc", "bc")`, `hasSuffix("abc", "")`,
			`hasPrefix(1, "a")`, `hasPrefix("a")`, `hasSuffix(s, "lo")`, `hasPrefix(n, "a")`,
		}},
		{topic: "builtin/json-base64", exprs: []string{
			"toJSON(1)", "toJSON(1.5)", "toJSON(-0.0)", "toJSON(1e21)", "toJSON(1e-7)", `toJSON("a<b>&")`, `toJSON("é\n\u2028")`,
			"toJSON(m)", "toJSON([1, 'a', nil])", "toJSON({})", "toJSON([])", "toJSON(1.0 / 0)", "toJSON(0.0 / 0)",
			`toJSON(duration("1s"))`, `toJSON(date("2023-01-01"))`, "toJSON(groupBy([1, 2], #))", "toJSON(users)",
			"toJSON(nil)", "toJSON(true)", "toJSON(i)", "toJSON(f)", "toJSON(big)", "toJSON(empty)", "toJSON(em)",
			"toJSON()", "toJSON(1, 2)", "toJSON({b: 1, a: 2})", "toJSON(groupBy(['x'], #))", "toJSON(timezone('UTC'))",
			"toJSON(fromPairs([['a', [1, {b: nil}]]]))", "toJSON(1..3)", "toJSON(split('a,b', ','))",
			`fromJSON("1")`, `fromJSON("[1,2]")`, `fromJSON("{\"a\":1}")`, `fromJSON("x")`, `fromJSON("null")`,
			`fromJSON("\"s\"")`, `fromJSON("1e400")`, "fromJSON(1)", `fromJSON("[1")`, "fromJSON(toJSON(m)) == m",
			`fromJSON("true")`, `fromJSON(" 1 ")`, `fromJSON("1 2")`, `fromJSON("")`, `fromJSON("-0")`,
			`fromJSON("12345678901234567890")`, `fromJSON("{\"b\":{\"c\":[true,null]}}").b.c`, `fromJSON("\"\\u00e9\"")`,
			"fromJSON()", "fromJSON(nil)", `fromJSON("[1,2]")[1]`, `fromJSON("{\"a\":1,\"a\":2}")`,
			`toBase64("hello")`, `toBase64("")`, `toBase64("é")`, `fromBase64("aGVsbG8=")`, `fromBase64("aGVsbG8")`,
			`fromBase64("!!")`, `toBase64(1)`, `fromBase64(1)`, `fromBase64("")`, `fromBase64(toBase64(u))`,
			`fromBase64("aGVs bG8=")`, `fromBase64("aGVsbG8=\n")`, `toBase64()`, `toBase64("a", "b")`,
		}},
		{topic: "builtin/duration-date", exprs: []string{
			`duration("1h30m")`, `duration("1.5h")`, `duration("-1s")`, `duration("1")`, `duration("")`, `duration("1us")`,
			`duration("1µs")`, `duration("1μs")`, `duration("3ns")`, `duration("0")`, `duration("1d")`, `duration("+5m")`,
			`duration("9223372036854775807ns")`, `duration("9223372036854775808ns")`, `duration("2562047h")`,
			`duration("2562048h")`, `duration(dur)`, `duration(1)`, `duration()`, `duration("1h", "2h")`,
			`duration("1h") + duration("1m")`, `duration("1h") - duration("2h")`, `duration("1h") * 2`, `2 * duration("1h")`,
			`duration("1h") * 1.5`, `duration("1h") / 2`, `duration("1h") / duration("1m")`, `duration("1h") % duration("7m")`,
			`duration("1h") + 1`, `-duration("1h")`, `duration("1h").Hours()`, `duration("90m").Minutes()`,
			`duration("1.5s").Seconds()`, `duration("1h").String()`, `duration("1h") + "1m"`, `duration("1h").Nope()`,
			`duration("1h").Round(duration("7m"))`, `duration("1h").Truncate(duration("7m"))`, `duration("-2h").Abs()`,
			`date("2023-08-14")`, `date("2023-08-14 12:34:56")`, `date("12:34:56")`, `date("2023-08-14T00:00:00Z")`,
			`date("2023-08-14T00:00:00+02:00")`, `date("2023-08-14T00:00:00.123456789Z")`, `date("Mon, 14 Aug 2023 10:00:00 UTC")`,
			`date("14 Aug 23 10:00 UTC")`, `date("Monday, 14-Aug-23 10:00:00 UTC")`, `date("Mon, 14 Aug 2023 10:00:00 GMT")`,
			`date("nope")`, `date("2023-13-01")`, `date("2023-02-29")`, `date(day)`, `date("14/08/2023", "02/01/2006")`,
			`date("2023-08-14 10:00", "2006-01-02 15:04", "Europe/Zurich")`, `date("2023-08-14", "2006-01-02", "Nowhere/City")`,
			`date("2023-08-14", "2006-01-02", "UTC")`, `date("2023-08-14", "2006-01-02", "")`, `date("x", "2006", "UTC")`,
			`date(timezone("Asia/Tokyo"), "2023-08-14")`, `date(timezone("America/New_York"), "2023-08-14 10:00", "2006-01-02 15:04")`,
			`date(timezone("UTC"), "2023-08-14T10:00:00+05:00")`, `date(timezone("Asia/Tokyo"), "nope")`,
			`date("2023-08-14").Year()`, `date("2023-08-14").Month()`, `date("2023-08-14").Day()`, `date("2023-08-14").Weekday()`,
			`date("2023-08-14").Unix()`, `date("2023-08-14").UnixMilli()`, `date("2023-08-14").Format("2006/01/02 Mon")`,
			`date("2023-08-14").YearDay()`, `date("2023-08-14").Hour()`, `date("2023-08-14") + duration("24h")`,
			`duration("24h") + date("2023-08-14")`, `date("2023-08-15") - date("2023-08-14")`, `date("2023-08-14") - duration("1h")`,
			`date("2023-08-14").Add(duration("1h"))`, `date("2023-08-14").In(timezone("Asia/Tokyo"))`,
			`date("2023-08-14").After(date("2023-01-01"))`, `date("2023-08-14").Before(date("2023-01-01"))`,
			`date("2023-08-14").AddDate(0, 1, 0)`, `date("2023-08-14").Truncate(duration("24h"))`,
			`date("2023-08-14").IsZero()`, `date("2023-08-14").Nope()`, `date("2023-08-14").Year`, `date("2023-08-14") + 1`,
			`date("2023-08-14") - 1`, `date("2023-08-14") * 2`, `date("2023-08-14", "2006-01-02", "Europe/Zurich").Location()`,
			`date("2023-08-14 10:00", "2006-01-02 15:04", "Europe/Zurich").UTC()`, `date(1)`, `date()`, `date("a", "b", "c", "d")`,
			`date("a", 1)`, `timezone("UTC")`, `timezone("Europe/Berlin")`, `timezone("Bad/Zone")`, `timezone("")`,
			`timezone(1)`, `timezone()`, `date("2023-03-26 02:30", "2006-01-02 15:04", "Europe/Zurich")`,
			`date("2023-10-29 02:30", "2006-01-02 15:04", "Europe/Zurich")`, `date("2023-08-14").Sub(date("2023-08-13"))`,
			`date("0001-01-01")`, `date("9999-12-31")`, `date("2023-08-14T25:00:00Z")`,
			`date("2023-08-14 1:02:03")`, `date("2023-08-14 1:02", "2006-01-02 15:04")`, `date("1:2:3", "15:4:5")`,
			`date("2023-08-14 24:00", "2006-01-02 15:04")`, `date("2023-8-4", "2006-1-2")`, `date("2023-08-4", "2006-01-02")`,
			`date("٢٠٢٣-08-14")`, `date("2023-08-14 ١:02", "2006-01-02 15:04")`, `date("2023-٨-14", "2006-1-02")`,
			`date("2023-08-14 10:00:00.١Z")`, `date("2023-08-14 1:2:3", "2006-01-02 3:4:5")`, `date("2023-08-14 01:02:03 PM", "2006-01-02 03:04:05 PM")`,
		}},
		{topic: "builtin/collections", exprs: []string{
			"first(arr)", "first([])", `first("abc")`, "first(nil)", "first(m)", "first()", "last(arr)", "last([])",
			"last(sarr)", `last("abc")`, "first(1..3)", "last(users).name",
			"get(arr, 1)", "get(arr, 10)", "get(arr, -1)", "get(arr, -10)", `get(m, "a")`, `get(m, "zz")`, "get(nil, 1)",
			"get(1, 1)", `get(arr, "a")`, `get(m, 1)`, "get(arr, 1.0)", "get(arr)", "get(users[0], 'name')", `get(s, 1)`,
			"get(m.d, 'e')", "get($env, 's')",
			"take(arr, 2)", "take(arr, 10)", "take(arr, 0)", "take(arr, -1)", `take("abc", 2)`, "take(arr, 1.5)",
			"take(arr)", "take(nil, 1)", "take(empty, 3)",
			"sort(keys(m))", "keys(em)", "keys(arr)", "keys(nil)", "len(values(m))", "sort(values({a: 1, b: 2}))",
			"sort(keys({b: 1, a: 2, c: 3}))", "keys({x: 1})", "values({x: [1]})", "sortBy(toPairs(m), #[0])",
			"toPairs({})", "toPairs({a: 1})", "toPairs(arr)", "keys()", "values(1)",
			`fromPairs([["a", 1], ["b", 2]])`, "fromPairs([[1, 2]])", `fromPairs([["a"]])`, "fromPairs([])",
			"fromPairs(toPairs(m)) == m", `fromPairs([["a", 1], ["a", 2]])`, "fromPairs(1)", "fromPairs([1])",
			`fromPairs([["a", 1, 2]])`, "fromPairs([[nil, 1]])",
			"reverse(arr)", "reverse([])", `reverse("abc")`, "reverse(nil)", "reverse(sarr)", "reverse()",
			"uniq([1, 2, 1, 3, 2])", `uniq([1, 1.0, "1"])`, "uniq(sarr)", "uniq([])", "uniq(1)", "uniq([[1], [1]])",
			"uniq([nil, nil])", "uniq(farr)", "uniq([true, false, true])", "uniq(concat(arr, arr))",
			"concat([1], [2, 3])", "concat([1])", "concat()", "concat([1], 2)", "concat(arr, sarr)", "concat([], [])",
			"concat([1], [2], [3], [4])", "concat(nil, [1])", "concat(1..2, 3..4)",
			"flatten([1, [2, [3, [4]]]])", "flatten([])", "flatten(1)", "flatten([[], [[]]])", "flatten(mixed)",
			"flatten(arr)", "flatten([[1, 2], 3])",
			"sort([3, 1, 2])", `sort([3, 1, 2], "desc")`, `sort(["b", "a", "C"])`, `sort([1, "a"])`, "sort([1.5, 1, 2])",
			`sort(arr, "asc")`, `sort(arr, "bad")`, "sort(m)", "sort([])", "sort(farr)", `sort(sarr, "desc")`,
			"sort([true, false])", "sort(1)", "sort()", "sort([3, 1], 1)", "sort([[2], [1]])", "sort([nil, 1])",
			"sort(mixed)", "sort(1..3, 'desc')", `sort(["é", "e", "z"])`,
		}},
		{topic: "builtin/bits", exprs: []string{
			"bitand(12, 10)", "bitor(12, 10)", "bitxor(12, 10)", "bitnand(12, 10)", "bitnot(12)", "bitnot(-1)",
			"bitshl(1, 3)", "bitshr(16, 2)", "bitushr(-16, 2)", "bitshr(-16, 2)", "bitshl(1, -1)", "bitshr(1, -1)",
			"bitushr(1, -1)", "bitshl(1, 63)", "bitshl(1, 64)", "bitshl(1, 100)", "bitshr(-1, 100)", "bitushr(-1, 100)",
			"bitand(1.5, 1)", "bitand(i, 1)", `bitnot("a")`, "bitand(1)", "bitand(1, 2, 3)", "bitnot()", "bitnot(1.0)",
			"bitor(0x0F, 0xF0)", "bitxor(-1, 0)", "bitnand(-1, 5)", "bitand(nil, 1)", "bitor(true, 1)", "bitnot(i)",
		}},
		{topic: "call-errors", exprs: []string{
			"foo(1)", "nope.fn()", "1()", "s()", "m.a()", "m()", "arr(0)", "n()", "m.d.e()", `"a"()`, "(1)()",
			"len", "abs", "upper", "len.x", "foo", "foo.bar", "foo?.bar", "$env()", "type(foo)", "len(len)",
			"map(arr, foo(#))", "filter(arr, #.x)", "nil()", "true()", "[1]()", "{}()", "m.c(0)",
			"all()", "all(arr)", "any(arr, # > 1, 1)", "none(1, true)", "one(arr, # > 1, 2)", "filter()", "map()",
			"find(arr)", "findIndex()", "findLast(arr, # > 1, 2)", "findLastIndex(1, true)", "count()", "groupBy()",
			"sortBy()", "reduce()", "trim(nil)", "upper(nil)", "lower(1)", "split(nil, ',')", "replace()",
			"repeat()", "join(1)", "indexOf()", "lastIndexOf(1, 2)", "hasSuffix()", "duration(nil)", "timezone(nil)",
			"first(1)", "last(1)", "take()", "keys(1)", "toPairs()", "fromPairs()", "reverse(1)", "uniq()",
			"flatten()", "concat(1)", "mean(nil)", "median(nil)", "ceil(1, 2)", "floor()", "toBase64(nil)",
			"fromJSON(1, 2)", "bitshl(1)", "bitushr()", "now(1, 2)",
		}},
		{topic: "syntax-errors", exprs: []string{
			"", " ", "(1", "1)", "[1, 2", "{a: ", "{a: 1", "a b", "1 2", `"abc`, "1 ++ 2", "foo(", "@", "1 ? 2",
			"if true { 1 } else", "arr[", "1 == == 2", "%", "1 +\n\n 2 +", `"a" "b"`, ";", "1;2", "1; 2", "len(",
			"len(1,", "(", ")", "[", "]", "{", "}", ",", "1,2", "a.b.", "a?.?.b", "..", "?", "?.", "=", "==", "!",
			"not", "and", "or", "in", "let", "if", "else", "#acc", "1 # 2", "1 $ 2", "€", "1 ~ 2", "1 & 2", "1 | 2",
			"1 |", "x = 1", "x := 1", "func() {}", "1\n+\n", "a\tb", "\"\\", "'", "`", "1e", "0x", "0b1.5",
			"\n\n  1 +", "[1 2]", "{a 1}", "{a: 1 b: 2}", "f(1 2)", "map(arr, #(1))", "map(arr, {#} {#})",
			"true ? 1 2", "-", "+", "1 + + ", "arr[1:2:]", "{a: 1}.", "1 . 2", ".5.5", "1..2..3",
			"let x = 1; let", "if true { 1 } else { 2 } 3", "nil nil", "1 ; ; 2", "// comment", "1 // comment",
			"/* c */ 1", "1 /* c */ + 2", "/* unclosed", "# comment",
		}},
		{topic: "sort-ties", exprs: []string{
			"sortBy(['bb', 'aa', 'c', 'dd'], len(#))", "sortBy(['bb', 'aa', 'c', 'dd'], len(#), 'desc')",
			"sort([1.0, 1, 2, 1.0])", "sort([1, 1.0], 'desc')", "sortBy([[1, 'a'], [0, 'b'], [1, 'c']], #[0]) | map(#[1])",
			"sortBy(users, .age > 28) | map(.name)", "sortBy(users, .age > 28, 'desc') | map(.name)",
			"sortBy(1..12, # % 3)", "sortBy(1..12, # % 3, 'desc')", "sort(['b', 'a', 'b', 'a'])",
		}},
		{topic: "nested-closures", exprs: []string{
			"map(arr, {let x = #; map([10, 20], # + x)})", "filter(users, any(.tags, # == 'y')) | map(.name)",
			"map(users, {.name + #.name})", "map([[1, 2], [3]], map(#, #index))", "map(users, map(.tags, #index))",
			"map([1, 2], {map([3, 4], #index)})", "map(users, {let u = #; filter(users, .age < u.age) | len()})",
			"reduce(users, #acc + reduce(.tags, #acc + 1, 0), 0)", "map(arr, .x)", "map(sarr, .x)",
			"filter(users, .name startsWith 'a' or .age > 30) | map(.name)", "map(1..3, map(1..#, #))",
			"all(users, {len(.name) > 2})", "count(users, none(.tags, # == 'x'))", "map(users, $env.s)",
			"map(users, #.tags | len())", "users | filter(.age > 26) | sortBy(.age, 'desc') | map(.name) | join('|')",
		}},
		{topic: "identifiers", env: `{"é": 1, "_": 2, "$x": 3, "a1": 4, "A": 5, "with space": 6, "nil_": 7, "true_": 8, "in": 9, "not": 10, "let": 11, "if": 12, "map": 13, "len": 14}`,
			exprs: []string{
				"é", "_", "$x", "a1", "A", "a", `$env["with space"]`, "nil_", "true_", `$env["in"]`, `$env["not"]`,
				`$env["let"]`, `$env["if"]`, "map", "len", `$env["map"]`, `$env["len"]`, "let é2 = é + 1; é2", "é + _",
				"$x + A", "$env.é", "_ + 1", "π", "$", "$1", "1a",
			}},
		{topic: "optional-calls", exprs: []string{
			"date('2023-01-01')?.Year()", "n?.Year()", "missing?.foo()", "m?.foo()", "duration('1h')?.Hours()",
			"n?.a.b", "n?.a?.b", "m.d?.e?.f", "(n?.a).b", "n?.a ?? 'x'", "n?.[0]?.x", "arr?.[1:2]",
		}},
		{topic: "regex", exprs: []string{
			`"a\n" matches "a$"`, `"a\n" matches "a\\z"`, `"a\nb" matches "a.b"`, `"a\nb" matches "(?s)a.b"`,
			`"É" matches "(?i)é"`, `"ſ" matches "(?i)s"`, `"\u212a" matches "(?i)k"`, `"ß" matches "(?i)SS"`,
			`"é" matches "\\w"`, `"é" matches "\\pL"`, `"é" matches "\\p{L}"`, `"α" matches "\\p{Greek}"`,
			`"٣" matches "\\d"`, `"\u00a0" matches "\\s"`, `"\u000b" matches "\\s"`, `"a" matches "[[:alpha:]]"`,
			`"aa" matches "(a)\\1"`, `"ab" matches "a(?=b)"`, `"ab" matches "a(?!c)"`, `"aaa" matches "a*+"`,
			`"a.b" matches "\\Qa.b\\E"`, `"axb" matches "\\Qa.b\\E"`, `"ab" matches "(?P<x>a)b"`,
			`"ab" matches "(?<x>a)b"`, `"a b" matches "\\bb"`, `"é" matches "\\bé"`, `"abc" matches "^abc$"`,
			`"abc" matches "(?U)a+"`, `"ABC" matches "(?i:a)BC"`, `"x" matches "\\x{78}"`, `"x" matches "\\170"`,
			`"a" matches "a{,2}"`, `"a{,2}" matches "a{,2}"`, `"a" matches "a{1001}"`, `"a" matches "\\C"`,
			`"a" matches "[a-\\d]"`, `"]" matches "[]a]"`, `"a" matches "[^\\D]"`, `"\t" matches "\\h"`,
			`"a\r\n" matches "a$"`, `"\r" matches "."`, `"\u2028" matches "."`, `"😀" matches "^.$"`,
			`"a" matches ""`, `"" matches "^$"`, `"aaa" matches "^a{2,3}$"`, `"ab" matches "a|"`, `"x" matches "(?i)X"`,
			`"Straße" matches "(?i)STRASSE"`, `"ǅ" matches "(?i)ǆ"`, `"a" matches "\\pN"`, `"Ⅻ" matches "\\pN"`,
		}},
		{topic: "float-format", exprs: floatFormats()},
		{topic: "unicode-case", exprs: []string{
			`upper("ﬁ")`, `lower("ΑΣ")`, `lower("ΟΔΟΣ ΟΔΟΣ")`, `upper("ŉ")`, `upper("ǰ")`, `lower("Ǆ")`, `upper("ǅ")`,
			`upper("ı")`, `lower("I")`, `upper("i")`, `upper("ſ")`, `lower("\u212a")`, `upper("ᾳ")`, `lower("ᾼ")`,
			`upper("µ")`, `upper("ÿ")`, `lower("ẞ")`, `upper("ɐ")`, `upper("ꭓ")`, `lower("Ꭰ")`, `upper("ꭰ")`,
			`upper("𐐨")`, `lower("𐐀")`, `upper("a\u0301")`, `trim("\u0085a\u2028")`, `trim("\u200ba\ufeff")`,
			`trim("\u180ea")`, `len(upper("ß"))`, `split("a\u0301b", "")`, `indexOf("😀x", "x")`, `"😀x"[4:]`,
		}},
		{topic: "deep-nesting", exprs: deepNesting()},
		{topic: "kargo-like", env: `{
  "ctx": {"project": "kargo-demo", "stage": "prod", "promotion": "prod.01j2w6.abcdef", "targetFreight": {"name": "f1", "origin": {"kind": "Warehouse", "name": "wh"}}},
  "vars": {"repoURL": "https://github.com/example/repo.git", "branch": "main", "replicas": 3, "enabled": true, "image": "ghcr.io/example/app", "tag": "v1.2.3"},
  "outputs": {"commit": {"commit": "abc123def456"}, "open-pr": {"pr": {"id": 42, "url": "https://github.com/example/repo/pull/42"}}, "update": null},
  "secrets": {"creds": {"username": "u", "password": "p"}},
  "task": {"outputs": {"step1": {"path": "./out"}}}
}`, exprs: []string{
			"ctx.stage", "ctx.project + '-' + ctx.stage", "vars.repoURL", "vars.replicas + 1", "vars.replicas * 2",
			"string(vars.replicas)", "int(vars.replicas)", "vars.enabled ? 'on' : 'off'", "outputs.commit.commit",
			"outputs['open-pr'].pr.url", "outputs['open-pr'].pr.id", "int(outputs['open-pr'].pr.id)",
			"outputs.update?.commit ?? 'none'", "outputs.missing?.x", "task.outputs.step1.path",
			"vars.image + ':' + vars.tag", "trimPrefix(vars.tag, 'v')", "split(vars.tag, '.')[0]",
			"ctx.targetFreight.origin.kind == 'Warehouse'", "secrets.creds.username", "ctx.promotion[0:4]",
			"'branch/' + ctx.stage", "quote(1)", "len(split(ctx.promotion, '.'))", "upper(ctx.stage)",
			"vars.branch == 'main' && vars.enabled", "toJSON(vars)", "vars['repoURL'] matches '^https://'",
			"replace(vars.repoURL, '.git', '')", "{'name': ctx.stage, 'count': vars.replicas}", "[vars.branch, ctx.stage]",
			"vars.replicas > 2 ? vars.replicas : 2", "outputs['open-pr']?.pr?.merged ?? false",
			"hasSuffix(vars.repoURL, '.git')", "ctx.targetFreight.origin", "keys(ctx.targetFreight) | sort()",
			"string(vars.replicas * 1.5)", "vars.replicas / 2", "vars.replicas % 2", "date('2024-01-01').Year() + vars.replicas",
		}},
	}
}

// floatFormats shows how Go writes float64 values: string() uses fmt's %v
// (shortest digits, exponent form when the decimal exponent is below -4 or at
// least 6), toJSON uses encoding/json (exponent below 1e-6 and from 1e21).
func floatFormats() []string {
	values := []string{
		"0.0", "-0.0", "1.0", "0.5", "0.1", "0.0001", "0.00001", "0.000123", "1e-5", "1e-6", "1e-7", "1.5e-7",
		"123456.0", "1234567.0", "12345678.0", "100000.0", "1000000.0", "1e6", "1e7", "1e20", "1e21", "1e22",
		"123456789.123", "9007199254740993.0", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014e-308",
		"1 / 3", "2 / 3", "10 / 3", "100 / 7", "1.0 / 0", "-1.0 / 0", "0.0 / 0", "5e-324 * 2", "0.1 + 0.7",
	}
	var out []string
	for _, v := range values {
		out = append(out, "string("+v+")", "toJSON("+v+")")
	}
	out = append(out, "string([1.5, 1e6, 1e21, -0.0])", "string({a: 1e-5})", "toJSON([1e6, 1e21, 1e-7])",
		"string(1e6) + string(1)", "string(float(1))", "string(int(1e6))", "string(-1e-320)")
	return out
}

// deepNesting builds inputs near and beyond expr's limits (it refuses more
// than 10,000 nodes by default).
func deepNesting() []string {
	var out []string
	for _, n := range []int{10, 100, 1000} {
		out = append(out, strings.Repeat("(", n)+"1"+strings.Repeat(")", n))
		out = append(out, strings.Repeat("-", n)+"1")
		out = append(out, strings.Repeat("!", n)+"true")
		out = append(out, strings.Repeat("abs(", n)+"-1"+strings.Repeat(")", n))
		// Deep arrays and maps are measured rather than returned, so that the
		// vectors stay shallow enough for any JSON reader.
		out = append(out, "len(toJSON("+strings.Repeat("[", n)+"1"+strings.Repeat("]", n)+"))")
		out = append(out, "len(toJSON("+strings.Repeat("{a: ", n)+"1"+strings.Repeat("}", n)+"))")
	}
	out = append(out, strings.Repeat("[", 10)+"1"+strings.Repeat("]", 10))
	out = append(out, strings.Repeat("{a: ", 10)+"1"+strings.Repeat("}", 10))
	for _, n := range []int{100, 4999, 5000, 5001, 6000} {
		out = append(out, "1"+strings.Repeat(" + 1", n))
	}
	out = append(out, "0"+strings.Repeat(" + 1", 3000)+" == 3000")
	out = append(out, strings.Repeat("m?.", 50)+"a")
	out = append(out, "true"+strings.Repeat(" ? 1 : true", 200)+" ? 1 : 0")
	out = append(out, strings.Repeat("map([1], ", 20)+"#"+strings.Repeat(")", 20))
	lets := "let x0 = 0; "
	for k := 1; k < 100; k++ {
		lets += fmt.Sprintf("let x%d = x%d + 1; ", k, k-1)
	}
	out = append(out, lets+"x99")
	out = append(out, strings.Repeat("let x = 1; ", 2)+"x")
	out = append(out, "nil"+strings.Repeat(" ?? nil", 500)+" ?? 7")
	out = append(out, strings.Repeat("(", 10)+"1"+strings.Repeat(")", 9))
	out = append(out, "len('"+strings.Repeat("é", 10000)+"')")
	out = append(out, "1..100000 | len()")
	out = append(out, "len(1..1000000)")
	out = append(out, "sum(map(1..100000, # * 2))")
	out = append(out, "repeat('ab', 1000000) | len()")
	out = append(out, "len(repeat(repeat('ab', 1000), 1000))")
	return out
}
