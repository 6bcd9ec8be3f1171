// a directory without a single Kubernetes resource fails the build (KR005): a wrong path never passes
String text = new File(basedir, "build.log").text
assert text.contains("BUILD FAILURE")
assert text.contains("[KR005] no Kubernetes resources found")
assert text.contains("finding(s) at or above error")
return true
