// Command kubectl-yaml-vectors reads YAML that kargo4j's writer produced and
// records what kubectl makes of it: the JSON that sigs.k8s.io/yaml's
// YAMLToJSON returns for each document (kubectl, the API server's YAML
// decoding and Kargo itself read YAML this way), or its error text.
//
// Usage (see README.md for the whole regeneration):
//
//	go run . < cases.json > yaml-vectors.json
//
// Input: a JSON list of cases, each an object with at least a "yaml" member
// (the text kargo4j wrote). Every other member is copied to the output
// unchanged. Output: {"origin": ..., "vectors": [...]}, one case a line, each
// with either "kubectl" (the JSON YAMLToJSON returned) or "kubectlError" (its
// error text) added.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"

	"sigs.k8s.io/yaml"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kubectl-yaml-vectors:", err)
		os.Exit(1)
	}
}

// The module versions this program is built with: Kargo v1.11.2's go.mod
// requires sigs.k8s.io/yaml v1.6.0 and resolves go.yaml.in/yaml/v2 v2.4.4.
// go.mod requires the same versions; README.md builds them from those tags.
const (
	sigsYAMLVersion = "sigs.k8s.io/yaml v1.6.0"
	goYAMLVersion   = "go.yaml.in/yaml/v2 v2.4.4"
)

func run(in io.Reader, out io.Writer) error {
	var cases []map[string]json.RawMessage
	dec := json.NewDecoder(in)
	dec.UseNumber()
	if err := dec.Decode(&cases); err != nil {
		return fmt.Errorf("reading the cases: %w", err)
	}
	errors := 0
	for i, c := range cases {
		raw, ok := c["yaml"]
		if !ok {
			return fmt.Errorf("case %d has no \"yaml\" member", i)
		}
		var text string
		if err := json.Unmarshal(raw, &text); err != nil {
			return fmt.Errorf("case %d: \"yaml\" is not a string: %w", i, err)
		}
		converted, err := yaml.YAMLToJSON([]byte(text))
		if err != nil {
			msg, _ := json.Marshal(err.Error())
			c["kubectlError"] = msg
			errors++
		} else {
			c["kubectl"] = converted
		}
	}
	// one vector a line, so that a regeneration reads as a diff of the cases that changed
	var buf bytes.Buffer
	o, _ := json.Marshal("sigs.k8s.io/yaml YAMLToJSON verdicts (" + sigsYAMLVersion + ", " + goYAMLVersion + ", " +
		runtime.Version() + ") on YAML written by kargo4j's writer; made by kargo-model/src/test/go/kubectl-yaml-vectors")
	buf.WriteString("{\"origin\": ")
	buf.Write(o)
	buf.WriteString(",\n\"vectors\": [\n")
	for i, c := range cases {
		line, err := marshal(c)
		if err != nil {
			return fmt.Errorf("case %d: %w", i, err)
		}
		buf.Write(line)
		if i < len(cases)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	fmt.Fprintf(os.Stderr, "%d cases, %d refused by sigs.k8s.io/yaml\n", len(cases), errors)
	_, err := out.Write(buf.Bytes())
	return err
}

// marshal writes one case as compact JSON, keys sorted, without escaping <, >
// and & (encoding/json escapes U+2028 and U+2029 always).
func marshal(c map[string]json.RawMessage) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
