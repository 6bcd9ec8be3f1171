File log = new File(basedir, "build.log")
assert log.text.contains("BUILD SUCCESS")
assert log.text.contains("kargo4j: validation skipped")
assert !new File(basedir, "target/kargo4j/kargo4j.sarif").exists()
return true
