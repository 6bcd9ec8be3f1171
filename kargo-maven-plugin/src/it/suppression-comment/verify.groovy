// a finding accepted by a comment does not fail the build, and SARIF shows it as suppressed, not gone;
// a stale comment, and a stale suppress entry, are warnings that stand out
String text = new File(basedir, "build.log").text
assert text.contains("BUILD SUCCESS")
assert text =~ /kargo4j: .* in 2 resources \(\d+ suppressed\)/
assert text =~ /\[WARNING\] .*pipeline\.yaml:5:3: warning\[KR004\] kargo4j:ignore KG001 suppresses nothing/
// the suppress entry matches no finding: a warning naming it
assert text.contains("[WARNING] Option suppress KG005:pipeline.yaml: warning[KR004] suppress KG005:pipeline.yaml"
        + " suppresses nothing: no KG005 finding in a file matching pipeline.yaml")
assert text.contains("[WARNING] kargo4j: 2 warnings above: the build does not fail on warnings (failOn=error)")
assert !text.contains("[KG003]")
String sarif = new File(basedir, "target/kargo4j/kargo4j.sarif").text
assert sarif.contains('"ruleId" : "KG003"') || sarif.contains('"ruleId": "KG003"')
assert sarif.contains('"suppressions"')
assert sarif.contains('"inSource"')
assert sarif.contains("the Warehouse is applied by the platform team's repository")
return true
