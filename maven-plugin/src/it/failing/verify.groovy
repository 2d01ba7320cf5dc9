// The build failed on the finding, which the log shows at its line, as seeddoc check prints it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ') && log.contains('100_0000000000000001.txt:9:1: error [SD203]')
assert log.contains('seeddoc found errors in seed documents')
assert new File(basedir, 'target/seeddoc.sarif').text.contains('"ruleId": "SD203"')
