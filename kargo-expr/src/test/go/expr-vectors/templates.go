package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"kargo-expr-vectors/kargotemplates"
)

// templateEnv is the environment of most template cases.
const templateEnv = `{"s": "hello", "i": 3, "f": 2.5, "t": true, "n": null, "e": "",
  "arr": [1, "two", null], "m": {"b": 1, "a": ["x"]}, "multi": "line1\nline2\n",
  "html": "<a href=\"x\">&</a>", "num": "42", "yes": "yes", "q": "\"quoted\"", "big": 12345678901234567890}`

type templateCase struct {
	topic    string
	template string // JSON text
	env      string // JSON text; "" means templateEnv
}

// templateVector is one line of template-vectors.jsonl.
type templateVector struct {
	Topic    string           `json:"topic"`
	Template json.RawMessage  `json:"template"`
	Env      json.RawMessage  `json:"env"`
	Result   *json.RawMessage `json:"result,omitempty"`
	Error    *string          `json:"error,omitempty"`
}

func writeTemplateVectors(path string) error {
	var lines [][]byte
	counts := map[string]int{}
	seen := map[string]bool{}
	for _, c := range templateCases() {
		env := c.env
		if env == "" {
			env = templateEnv
		}
		key := c.template + "\x00" + env
		if seen[key] {
			continue
		}
		seen[key] = true
		line, err := templateVectorLine(c.topic, c.template, env)
		if err != nil {
			fmt.Fprintf(os.Stderr, "template case dropped: %s: %s: %v\n", c.topic, c.template, err)
			counts["dropped: "+err.Error()]++
			continue
		}
		counts[c.topic]++
		lines = append(lines, line)
	}
	if err := writeLines(path, lines); err != nil {
		return err
	}
	report(path, len(lines), counts)
	return nil
}

func templateVectorLine(topic, template, env string) ([]byte, error) {
	tpl, err := compactJSON(template)
	if err != nil {
		return nil, fmt.Errorf("bad template: %w", err)
	}
	envText, err := compactJSON(env)
	if err != nil {
		return nil, fmt.Errorf("bad env: %w", err)
	}
	var first []byte
	for i := 0; i < runs; i++ {
		out, err := evaluateTemplateOnce(topic, tpl, envText)
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

// evaluateTemplateOnce runs Kargo's EvaluateJSONTemplate on the template bytes
// with the environment decoded from JSON, and no further expr options.
func evaluateTemplateOnce(topic string, tpl, envText json.RawMessage) (out []byte, err error) {
	var env map[string]any
	if err := json.Unmarshal(envText, &env); err != nil {
		return nil, fmt.Errorf("bad env: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	v := templateVector{Topic: topic, Template: tpl, Env: envText}
	result, terr := kargotemplates.EvaluateJSONTemplate(append([]byte(nil), tpl...), env)
	if terr != nil {
		msg := terr.Error()
		v.Error = &msg
	} else {
		raw := json.RawMessage(result)
		v.Result = &raw
	}
	return marshalNoEscape(v)
}

// value makes the template {"v": s}.
func value(s string) string {
	b, _ := json.Marshal(s)
	return `{"v": ` + string(b) + `}`
}

func templateCases() []templateCase {
	var out []templateCase
	add := func(topic string, values ...string) {
		for _, s := range values {
			out = append(out, templateCase{topic: topic, template: value(s)})
		}
	}
	addT := func(topic string, templates ...string) {
		for _, t := range templates {
			out = append(out, templateCase{topic: topic, template: t})
		}
	}

	add("whole-expression",
		"${{ 1 }}", "${{ 1.5 }}", "${{ -0.0 }}", "${{ 1e21 }}", "${{ 1e20 }}", "${{ 1e-7 }}", "${{ 0.000001 }}",
		"${{ 9223372036854775807 }}", "${{ 7 / 2 }}", "${{ 0.1 + 0.2 }}", "${{ true }}", "${{ false }}", "${{ nil }}",
		"${{ 'abc' }}", "${{ '' }}", "${{ [1, 'a', nil] }}", "${{ {'b': 1, 'a': [true]} }}", "${{ {} }}", "${{ [] }}",
		"${{ i }}", "${{ f }}", "${{ s }}", "${{ t }}", "${{ arr }}", "${{ m }}", "${{ n }}", "${{ missing }}", "${{ e }}",
		"${{ big }}", "${{ html }}", "${{ {'h': html} }}", "${{ [html] }}", "${{ multi }}", "${{ q }}", "${{ num }}",
		"${{ yes }}", "${{ duration('1h') }}", "${{ date('2023-08-14') }}", "${{ 1.0 / 0 }}", "${{ 0.0 / 0 }}",
		"${{ groupBy([1], #) }}", "${{ timezone('UTC') }}", "${{ 1..3 }}", "${{ split('a,b', ',') }}",
		"${{ {'a': {'b': {'c': nil}}} }}", "${{ [[], {}] }}", "${{ 'é' }}", "${{ '\\u2028' }}", "${{ 1 == 1 }}",
		"${{ s + '!' }}", "${{ len(arr) }}", "${{ int('7') }}", "${{ toJSON(m) }}", "${{ fromJSON('{\"z\":1}') }}",
	)
	add("string-reparsed",
		"${{ '42' }}", "${{ 'true' }}", "${{ 'null' }}", "${{ '[1,2]' }}", "${{ '{\"a\":1}' }}", "${{ 'yes' }}",
		"${{ 'no' }}", "${{ 'on' }}", "${{ 'off' }}", "${{ 'y' }}", "${{ '0x1F' }}", "${{ '0o17' }}", "${{ '0b101' }}",
		"${{ '1e3' }}", "${{ '1E3' }}", "${{ '.inf' }}", "${{ '-.inf' }}", "${{ '.nan' }}", "${{ '~' }}", "${{ 'Inf' }}",
		"${{ '-Inf' }}", "${{ '+inf' }}", "${{ 'NaN' }}", "${{ 'nan' }}", "${{ 'infinity' }}", "${{ '1_000' }}",
		"${{ '0x_1F' }}", "${{ 't' }}", "${{ 'T' }}", "${{ 'f' }}", "${{ 'F' }}", "${{ 'TRUE' }}", "${{ 'True' }}",
		"${{ 'tRUE' }}", "${{ 'FALSE' }}", "${{ '0' }}", "${{ '1' }}", "${{ '01' }}", "${{ '007' }}", "${{ '-0' }}",
		"${{ '+1' }}", "${{ '.5' }}", "${{ '5.' }}", "${{ ' 1' }}", "${{ '1 ' }}", "${{ '0x1p4' }}", "${{ '0x1P-2' }}",
		"${{ '1e400' }}", "${{ '-1e400' }}", "${{ '4.9e-324' }}", "${{ '1e-400' }}", "${{ '12345678901234567890' }}",
		"${{ '9007199254740993' }}", "${{ '\"quoted\"' }}", "${{ '\"' }}", "${{ '\"\"' }}", "${{ '\"a' }}", "${{ 'a\"' }}",
		"${{ '\"1\"' }}", "${{ '\"a\" \"b\"' }}", "${{ 'line\\n' }}", "${{ '42\\n' }}", "${{ '\"42\"\\n' }}",
		"${{ 'a\\n\\n' }}", "${{ '\\n' }}", "${{ '\\n\\n' }}", "${{ ' [1, 2] ' }}", "${{ '{\"a\": 1e400}' }}",
		"${{ 'null\\n' }}", "${{ 'true\\n' }}", "${{ '[1,\\n2]' }}", "${{ '{\"a\":1}\\n' }}", "${{ '{a: 1}' }}",
		"${{ '[1,]' }}", "${{ '\"\\\\u00e9\"' }}", "${{ '\"a\\\\nb\"' }}", "${{ '1.0' }}", "${{ '1.50' }}", "${{ '-' }}",
		"${{ '' }}", "${{ ' ' }}", "${{ '\\t1' }}", "${{ '1\\r' }}", "${{ '1\\r\\n' }}", "${{ '[1, \"a\", null, true]' }}",
		"${{ '{\"b\": 1, \"a\": 2}' }}", "${{ '{\"a\": 1, \"a\": 2}' }}", "${{ '\"\\\\u003c\"' }}",
	)
	add("concatenated",
		"${{ 1 }}${{ 2 }}", "${{ 1 }} ${{ 2 }}", "a${{ 1 }}", "${{ 1 }}a", "${{ 1 }}.5", "-${{ 1 }}", "${{ 'tr' }}ue",
		"${{ '[' }}1]", "v${{ true }}", "${{ s }}, ${{ i }}!", "${{ {'a': 1} }} and text", "${{ [1, 2] }}${{ [3] }}",
		"${{ nil }}x", "x${{ nil }}", "${{ 1.0 }}", "${{ 1e21 }}x", "${{ 'a' }}${% 'b' %}", "${% 1 %}", "${% '}}' %}",
		"${{ '%}' }}", "foo ${{ s }} and ${% 'bar' %}", "${% s %}${{ s }}", "${{ '{' }}\"a\": 1}", "${{ {'h': html} }}!",
		"${{ arr }} ${{ m }}", "${{ t }}${{ t }}", "${{ i }}${{ f }}", "${{ '1' }}${{ 'e' }}${{ '3' }}",
		"${{ '\"' }}x${{ '\"' }}", "\"${{ 1 }}\"", "\"${{ s }}\"", "'${{ 1 }}'", "${{ 1 }}\n", "\"${{ 1 }}\"\n",
		"line1\n${{ 1 }}\n", "${{ multi }}", "${{ multi }}${{ multi }}", "  ${{ 1 }}  ", "${{ 1 }}\n\n", "\n${{ 1 }}",
		"${{ 'a' }}\n", "${{ '[1]' }}\n", "x\n", "42", "true", "null", "\"42\"", "", "${{}}", "a${{}}b",
		"${{}}${{ 1 }}", "${{ }}", "$${{ 1 }}", "${ {1} }", "{{ 1 }}", "${{{ 1 }}}", "${{ '}' }}", "${{ 'a}' }}",
		"$ {{ 1 }}", "${ { 1 }}", "${%%}", "${%}}%}", "${{ '${{' }}", "${{ '${{ 1 }' + '}' }}", "${{ 1 }}}",
		"${%% 1 %%}", "${{ 2 }}${% 3 %}${{ 4 }}", "${% '${{' %} 1 }}",
	)
	add("functions",
		"${{ quote(1) }}${{ quote(2) }}", "${{ quote() }}", "${{ quote(1, 2) }}", "${{ asJSON() }}", "${{ asYAML(1, 2) }}",
		"x: ${{ asYAML({'a': 1}) }}", "${{ quote(s) }} world", "${{ quote(quote(s)) }}", "${{ unsafeQuote(unsafeQuote(1)) }}",
		"${{ asJSON(asJSON([1])) }}", "${{ asYAML(asYAML({'a': 'b'})) }}", "${{ quote }}", "${{ type(quote) }}",
		"${{ quote(1) + '!' }}", "${{ len(quote('abc')) }}", "${{ asJSON(m) + asYAML(m) }}", "${{ upper(quote('a')) }}",
	)
	values := []string{
		"1", "1.5", "-0.0", "1e21", "0.1", "1e-7", "9223372036854775807", "12345678901234567890.0", "i", "f", "big",
		"'abc'", "''", "'a\\nb'", "'é☃'", "'<&>'", "'tab\\t'", "'\"q\"'", "'yes'", "'null'", "'123'", "'a\\nb\\n'",
		"' lead'", "'trail '", "'#x'", "'a: b'", "'- x'", "'~'", "'0x1F'", "'1e3'", "'@x'", "'\\u0001'", "'\\u007f'",
		"true", "nil", "[1, 'a']", "{'b': 1, 'a': [nil]}", "m", "arr", "s", "n", "html", "multi", "q", "num",
		"duration('1h')", "date('2023-08-14')", "1.0 / 0", "groupBy([1], #)", "[]", "{}", "[[1, [2]], {'k': {'z': []} }]",
		"{'a b': 'c', 'yes': 'no', '1': 2}", "[{'x': 'y\\nz'}]",
		"'\\u00ad'", "'\\u200b'", "'\\ufeff'", "'\\ue000'", "'a\\u0301'", "'\\u2028'", "'😀'", "'\\u0085'",
		"'\\\\'", "'a\\r\\nb'", "'  '", "'x\\n  y'", "'Yes'", "'NO'", "'1_000'", "'.5'", "'+1'", "'=='",
	}
	wrappers := []struct{ topic, format string }{
		{"function/quote", "${{ quote(%s) }}"},
		{"function/unsafeQuote", "${{ unsafeQuote(%s) }}"},
		{"function/asJSON", "${{ asJSON(%s) }}"},
		{"function/asYAML", "${{ asYAML(%s) }}"},
		{"value-in-text", "<${{ %s }}>"},
		{"value-with-newline", "${{ %s }}\n"},
		{"value-alt-delimiter", "${%% %s %%}"},
	}
	for _, w := range wrappers {
		for _, v := range values {
			add(w.topic, fmt.Sprintf(w.format, v))
		}
	}
	add("errors",
		"${{ 1 + }}", "${{ m.x.y }}", "${{ nope() }}", "${{ 1 % 0 }}", "${{ '{{.domain}}' }}", "${{ 'a}}' }}", "${{",
		"${{ 1 }", "${%", "${% 1 }}", "x ${{ 1", "${{ 1 }} ${{", "${{ [1][5] }}", "${{ 'a' + 1 }}", "${{ s + 1 }}",
		"${{ fromJSON('x') }}", "${{ toJSON(1.0 / 0) }}", "${{ let x = 1 }}", "${{ # }}", "${{ now(1) }}",
		"${{ quote({'k': {}}) }}", "${{ {'a': {'b': 1}} }}", "${{ {'a': {'b': 1} } }}", "${{ imageFrom('x') }}",
	)

	addT("structure",
		`{}`, `{"a": 1}`, `{"a": "${{ 1 }}", "b": ["${{ 2 }}", {"c": "${{ s }}"}]}`,
		`{"k${{ 1 }}": "${{ 2 }}", "${{ s }}": "x"}`, `{"a": [["${{ 1 }}"], [["${{ t }}"]]]}`,
		`{"n": 1.50, "e": 1e2, "big": 12345678901234567890, "neg": -0.0, "small": 1e-7, "exp": 1E+21, "int": 100}`,
		`{"b": true, "z": null, "s": "plain", "arr": [1, "x", null, false, {}]}`,
		`{"a": {"b": {"c": {"d": {"e": "${{ i * 2 }}"}}}}}`, `{"html": "<&>", "v": "${{ html }}"}`,
		`{"u": "\u00e9\u2028", "v": "${{ '\u2028' }}"}`, `{"a": "${{ 1 }}", "b": "${{ '1' }}", "c": "${{ quote(1) }}", "d": "1"}`,
		`{"list": ["${{ i }}", "${{ f }}", "${{ s }}", "${{ t }}", "${{ n }}", "${{ arr }}", "${{ m }}"]}`,
		`{"a": "${{ 1 }}", "b": "${{ m.x.y }}"}`, `{"": "${{ 1 }}"}`, `{"a": "${{ {'k': '${{ 1 }}'} }}"}`,
		`{"a": "${{ '${{ 1 }}' }}"}`, `{"a": "${{ \"${{ 1 \" }}"}`, `{"a": "${{ \"a\" }}", "b": "${{ \"\\\"\" }}"}`,
		`{"a": "${{ 'x\\ny' }}", "b": "${{ \"\\u00e9\" }}"}`,
		`[1]`, `"x"`, `null`, `1`, `true`, `[]`, `["${{ 1 }}"]`,
	)
	out = append(out,
		templateCase{"env", `{"a": "${{ 1 }}"}`, `{"quote": 1}`},
		templateCase{"env", `{"a": "${{ 1 }}"}`, `{"asYAML": null}`},
		templateCase{"env", `{"a": "${{ 1 }}"}`, `{"asJSON": "x"}`},
		templateCase{"env", `{"a": "x"}`, `{"quote": 1}`},
		templateCase{"env", `{"a": "${{ unsafeQuote(1) }}"}`, `{"unsafeQuote": 1}`},
		templateCase{"env", `{"a": "${{ unsafeQuote }}"}`, `{"unsafeQuote": 1}`},
		templateCase{"env", `{"a": "${{ x }}"}`, `{}`},
		templateCase{"env", `{"a": "${{ x }}"}`, `{"x": {"y": [1, {"z": "w"}]}}`},
		templateCase{"env", `{"a": "${{ x.y[1].z }}"}`, `{"x": {"y": [1, {"z": "w"}]}}`},
		templateCase{"env", `{"a": "${{ x }}"}`, `{"x": 1e300}`},
		templateCase{"env", `{"a": "${{ x * 10 }}"}`, `{"x": 1e308}`},
		templateCase{"env", `{"a": "${{ x }}"}`, `{"x": "${{ 1 }}"}`},
		templateCase{"env", `{"a": "${{ x }}"}`, `{"x": "a\"b"}`},
		templateCase{"env", `{"a": "${{ $env }}"}`, `{"x": 1, "y": [true]}`},
		templateCase{"env", `{"a": "${{ len($env) }}"}`, `{"x": 1, "y": [true]}`},
		templateCase{"kargo-like", `{"repoURL": "${{ vars.repoURL }}", "checkout": [{"branch": "${{ vars.branch }}", "path": "./src"}, {"branch": "stage/${{ ctx.stage }}", "create": true, "path": "./out"}]}`,
			`{"vars": {"repoURL": "https://github.com/example/repo.git", "branch": "main"}, "ctx": {"stage": "prod"}}`},
		templateCase{"kargo-like", `{"path": "./out/values.yaml", "updates": [{"key": "image.tag", "value": "${{ vars.images[0].tag }}"}, {"key": "image.digest", "value": "${{ vars.images[0]?.digest ?? '' }}"}]}`,
			`{"vars": {"images": [{"repoURL": "ghcr.io/x", "tag": "1.0.0"}]}}`},
		templateCase{"kargo-like", `{"replicas": "${{ vars.replicas }}", "enabled": "${{ vars.enabled }}", "name": "${{ quote(vars.replicas) }}", "message": "Promote ${{ ctx.stage }} to ${{ vars.replicas }} replicas"}`,
			`{"vars": {"replicas": 3, "enabled": "true"}, "ctx": {"stage": "prod"}}`},
		templateCase{"kargo-like", `{"prNumber": "${{ outputs['open-pr'].pr.id }}", "wait": "${{ outputs['open-pr'] != nil }}", "commit": "${{ outputs.commit?.commit ?? 'none' }}"}`,
			`{"outputs": {"open-pr": {"pr": {"id": 42}}, "commit": null}}`},
		templateCase{"kargo-like", `{"values": "${{ asYAML({'image': {'tag': vars.tag, 'pullPolicy': 'Always'}, 'replicas': vars.n}) }}"}`,
			`{"vars": {"tag": "v1.2.3", "n": 2}}`},
		templateCase{"kargo-like", `{"manifest": "${{ asJSON({'apiVersion': 'v1', 'kind': 'ConfigMap', 'data': {'k': vars.v} }) }}"}`,
			`{"vars": {"v": "1"}}`},
	)
	// Expressions as Kargo v1.11.2's documentation writes them (docs/), in an
	// environment shaped like a promotion's.
	docsEnv := `{
  "ctx": {"project": "kargo-demo", "stage": "prod", "promotion": "prod.01j2w6.abc", "timestamp": "2025-01-02T03:04:05Z",
    "targetFreight": {"name": "f1"}, "meta": {"promotion": {"rollback": false}, "step": {"alias": "step-1"}}},
  "vars": {"repoURL": "https://github.com/example/repo.git", "imageRepo": "ghcr.io/example/app", "version": "1.2.3",
    "targetBranch": "stage/prod", "srcPath": "./src", "outPath": "./out", "var1": 1, "var2": "two"},
  "outputs": {"commit": {"commit": "abc123"}, "push": {"branch": "stage/prod"}, "open-pr": {"pr": {"id": 42}, "prNumber": 42},
    "push-to-stage": {"digest": "sha256:00"}, "fetch-issue": {"issues": [{"number": 7, "state": "open"}]},
    "find-release-issues": {"issues": []}, "read-config": {"appConfig": {"replicas": 2, "name": "app"}},
    "send-slack": null, "step1": {"someOutput": "value"}},
  "task": {"outputs": {"commit": {"commit": "def456"}, "open-pr": {"pr": {"id": 43}}, "push": {"branch": "main"}}},
  "config": {"hello": "world", "nested": {"values": [10, 20]}, "cred": {"username": "u", "password": "p"}}
}`
	for _, e := range []string{
		`${{ "Hello, world!" }}`, "${{ 40 + 2 }}", "${{ quote(40 + 2) }}", `${{ quote("string") }}`,
		`${{ unsafeQuote("string") }}`, "${{ unsafeQuote(40 + 2) }}", "${{ ctx.project }}", "${{ ctx.stage }}",
		"${{ ctx.promotion }}", "${{ ctx.timestamp }}", "${{ ctx.targetFreight.name }}", "${{ ctx.meta.promotion.rollback }}",
		"${{ ctx.meta.step.alias }}", "${{ vars.repoURL }}", "${{ vars.var1 }}", "${{ vars.var2 }}", "${{ vars.version }}",
		"${{ outputs.commit.commit }}", "${{ outputs.push.branch }}", "${{ outputs['open-pr'].pr.id }}",
		"${{ outputs['open-pr'].prNumber }}", `${{ outputs["push-to-stage"].digest }}`,
		"${{ outputs['fetch-issue'].issues[0].number }}", "${{ outputs['fetch-issue'].issues[0].state }}",
		"${{ len(outputs['find-release-issues'].issues) > 0 }}", "${{ outputs['find-release-issues'].issues[0].number }}",
		"${{ asJSON(outputs['read-config'].appConfig) }}", "${{ asYAML(outputs['read-config'].appConfig) }}",
		"${{ quote(outputs['send-slack']?.slack?.threadTS ?? '') }}", "${{ outputs.step1.someOutput == 'value' }}",
		"${{ task.outputs.commit.commit }}", "${{ task.outputs['open-pr'].pr.id }}", "${{ task.outputs.push.branch }}",
		"${{ config.hello }}", "${{ config.nested.values[0] }}", "${{ config.cred.username }}", "${{ config.something.else }}",
		"${{ vars.<variable-name> }}", "${{ Expression Language Support }}", "${{ }}",
		"${{ stageMetadata(ctx.stage)['tier'] ?? \"default-tier\" }}",
		"https://github.com/example/repo/pull/${{ outputs['open-pr'].pr.id }}",
		"${{ vars.targetBranch }}-${{ ctx.targetFreight.name }}",
	} {
		out = append(out, templateCase{"kargo-docs", value(e), docsEnv})
	}
	return append(out, yamlCases()...)
}
