String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text.contains(":validate (default) @ validate-phase-fail-on")
// without kargo4j.complete the missing Warehouse is a warning, and kargo4j.failOn=warning fails on it
assert text =~ /\[WARNING\] .*pipeline\.yaml:\d+:\d+: warning\[/
assert text.contains("finding(s) at or above warning")
return true
