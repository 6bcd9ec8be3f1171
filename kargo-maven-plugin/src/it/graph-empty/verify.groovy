// graph of a directory without a single Kubernetes resource fails the build, naming the next step; the values file
// is skipped with one info line
String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text =~ /\[INFO\] kargo4j: .*values\.yaml.*skipped/
assert text =~ /kargo4j: no Kubernetes resources found in .*src.main.kargo; check <directories> and <includes>\/<excludes>, or set allowEmpty/
assert !new File(basedir, "target/kargo4j").exists() || new File(basedir, "target/kargo4j").list().length == 0
return true
