File log = new File(basedir, "build.log")
assert log.text.contains("BUILD SUCCESS")
assert log.text =~ /kargo4j: (no findings|\d+ errors?, \d+ warnings?, \d+ info) in 3 resources/
assert new File(basedir, "target/kargo4j/kargo4j.sarif").isFile()
assert new File(basedir, "target/kargo4j/demo.mmd").text.startsWith("flowchart TD")
assert new File(basedir, "target/kargo4j/demo.dot").text.contains('"stage:dev" -> "stage:prod"')
return true
