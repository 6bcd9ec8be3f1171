// the Helm chart and the Kustomize file are skipped with one info line each, the excluded directory is not read,
// and the Kargo manifests beside them are validated
String text = new File(basedir, "build.log").text
assert text.contains("BUILD SUCCESS")
assert text =~ /\[INFO\] kargo4j: .*chart: skipped: a Helm chart/
assert text =~ /\[INFO\] kargo4j: .*kustomization\.yaml: skipped: a Kustomize file/
assert !text.contains("broken.yaml")
assert !text.contains("deployment.yaml")
assert text =~ /kargo4j: (no findings|\d+ errors?, \d+ warnings?, \d+ info) in 4 resources \(2 skipped\)/
return true
