String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text.contains("need a manual migration")
assert text =~ /pipeline\.yaml:\d+: cannot migrate Stage "dev"/
assert !(text =~ /\n\tat /)
assert new File(basedir, "src/main/kargo/pipeline.yaml").text.contains("repos:")
return true
