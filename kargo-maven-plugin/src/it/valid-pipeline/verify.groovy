File log = new File(basedir, "build.log")
assert log.text.contains("BUILD SUCCESS")
assert log.text =~ /kargo4j: (no findings|\d+ errors?, \d+ warnings?, \d+ info) in 3 resources/
assert new File(basedir, "target/kargo4j/kargo4j.sarif").isFile()
assert new File(basedir, "target/kargo4j/demo.mmd").text.startsWith("flowchart TD")
assert new File(basedir, "target/kargo4j/demo.dot").text.contains('p1_s_dev -> p1_s_prod')
assert new File(basedir, "target/kargo4j/demo.mmd").text.contains('subgraph p1["Project demo"]')
return true
