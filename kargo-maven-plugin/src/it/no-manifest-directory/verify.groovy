// no src/main/kargo at all fails the build, and says how to allow it
String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text.contains("no Kargo manifests:")
assert text.contains("does not exist; configure <directories>, or set allowEmpty")
return true
