File log = new File(basedir, "build.log")
String text = log.text
assert text.contains("BUILD FAILURE")
assert text.contains("qa \u2192 approvalgateqa \u2192 qa") || text.contains("approvalgateqa \u2192 qa \u2192 approvalgateqa")
assert text =~ /pipeline\.yaml:\d+:\d+: .*KG001/
assert new File(basedir, "target/kargo4j/kargo4j.sarif").text.contains('"ruleId"')
return true
