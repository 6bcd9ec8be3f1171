File log = new File(basedir, "build.log")
String text = log.text
assert text.contains("BUILD FAILURE")
assert text.contains("qa \u2192 approvalgateqa \u2192 qa") || text.contains("approvalgateqa \u2192 qa \u2192 approvalgateqa")
assert text =~ /pipeline\.yaml:\d+:\d+: .*KG001/
File sarifFile = new File(basedir, "target/kargo4j/kargo4j.sarif")
assert sarifFile.text.contains('"ruleId"')
// only the rules with results, each with its one-line help and link: a few KB, not every rule's documentation
def run = new groovy.json.JsonSlurper().parse(sarifFile).runs[0]
assert run.tool.driver.rules*.id == run.results*.ruleId.unique()
assert run.tool.driver.rules.every { it.helpUri.startsWith("https://") && !it.help.markdown.contains("## Bad") }
assert sarifFile.length() < 16_000 : "SARIF of " + sarifFile.length() + " bytes"
assert run.invocations[0].executionSuccessful
return true
