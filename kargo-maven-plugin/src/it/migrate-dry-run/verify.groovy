String text = new File(basedir, "build.log").text
assert text.contains("BUILD SUCCESS")
assert text.contains("-          messageFromSteps: [bump]   # the bump's message")
assert text =~ /\+          message: .*outputs\['bump'\]\.commitMessage/
assert text.contains("(dry run: nothing written")
File original = new File(basedir, "src/main/kargo/pipeline.yaml")
assert original.text.contains("messageFromSteps") && original.text.contains("semverConstraint")
assert new File(basedir, "target/kargo4j/migrate.diff").text.contains("+      constraint: ^1.0.0")
return true
