// migrate of a directory without a single Kubernetes resource fails the build, naming the next step, instead of
// "nothing to migrate"
String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text =~ /kargo4j: no Kubernetes resources found in .*src.main.kargo; check <directories> and <includes>\/<excludes>, or set allowEmpty/
assert !text.contains("nothing to migrate")
return true
