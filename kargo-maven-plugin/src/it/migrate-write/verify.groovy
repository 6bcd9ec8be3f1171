String text = new File(basedir, "build.log").text
assert text.contains("BUILD SUCCESS")
assert text.contains("migrated 2 old shape(s) in 1 file(s)")
String migrated = new File(basedir, "src/main/kargo/pipeline.yaml").text
assert migrated.startsWith("# A Stage and Warehouse written for an older Kargo\n")
assert migrated =~ /\n      constraint: \^1\.0\.0 +# major version 1\n/
assert migrated =~ /\n          message: .*outputs\['bump'\]\.commitMessage/
assert migrated.contains("# the bump's message")
assert !migrated.contains("messageFromSteps") && !migrated.contains("semverConstraint")
assert migrated.contains("        config: {path: ./out}\n")
return true
