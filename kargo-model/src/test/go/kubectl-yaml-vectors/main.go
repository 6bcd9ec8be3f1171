// Command kubectl-yaml-vectors reads YAML that kargo4j's writer produced and
// records what kubectl makes of it: the JSON that sigs.k8s.io/yaml's
// YAMLToJSON returns for each document (kubectl, the API server's YAML
// decoding and Kargo itself read YAML this way), or its error text.
//
// Usage (see README.md for the whole regeneration):
//
//	go run . < cases.json > yaml-vectors.json
//
// Input: a JSON list of cases, each an object with a "yaml" member (the text
// kargo4j wrote), an "input" member (a document kargo4j read), or both. Every
// other member is copied to the output unchanged. Output: {"origin": ...,
// "vectors": [...]}, one case a line, each with "kubectl" (the JSON
// YAMLToJSON returned for "yaml") or "kubectlError" (its error text) added,
// and likewise "kubectlInput" or "kubectlInputError" for "input".
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
		found := false
		for _, member := range []string{"yaml", "input"} {
			raw, ok := c[member]
			if !ok {
				continue
			}
			found = true
			var text string
			if err := json.Unmarshal(raw, &text); err != nil {
				return fmt.Errorf("case %d: %q is not a string: %w", i, member, err)
			}
			// "yaml" gives "kubectl" or "kubectlError", "input" gives "kubectlInput" or "kubectlInputError"
			prefix := "kubectl"
			if member == "input" {
				prefix = "kubectlInput"
			}
			converted, err := yaml.YAMLToJSON([]byte(text))
			if err != nil {
				msg, _ := json.Marshal(err.Error())
				c[prefix+"Error"] = msg
				errors++
			} else {
				c[prefix] = converted
			}
		}
		if !found {
			return fmt.Errorf("case %d has neither a \"yaml\" nor an \"input\" member", i)
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
	fmt.Fprintf(os.Stderr, "%d cases, %d documents refused by sigs.k8s.io/yaml\n", len(cases), errors)
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
