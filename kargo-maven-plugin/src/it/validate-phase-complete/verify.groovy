String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
// the goal ran in Maven's validate phase: only "validate" was asked for
assert text.contains(":validate (default) @ validate-phase-complete")
assert text =~ /\[ERROR\] .*pipeline\.yaml:\d+:\d+: error\[/
assert text.contains("finding(s) at or above error")
assert new File(basedir, "target/kargo4j/kargo4j.sarif").isFile()
return true
